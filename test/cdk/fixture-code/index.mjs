// Stand-in code for CDK tests (the stack is synthesized without bundling the real handlers).
export const handler = async () => {
  throw new Error('CDK test fixture: not a real handler');
};
