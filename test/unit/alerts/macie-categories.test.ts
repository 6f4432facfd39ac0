import { describe, expect, it } from 'vitest';
import { categoriesOfDetections, categoryOfMacieDetectionType } from '../../../lambdas/alerts/core.js';

describe('categoryOfMacieDetectionType', () => {
  it.each([
    ['USA_SOCIAL_SECURITY_NUMBER', 'government-id'],
    ['USA_PASSPORT_NUMBER', 'government-id'],
    ['UK_PASSPORT_NUMBER', 'government-id'],
    ['USA_DRIVERS_LICENSE', 'government-id'],
    ['FRANCE_NATIONAL_IDENTIFICATION_NUMBER', 'government-id'],
    ['UK_NATIONAL_INSURANCE_NUMBER', 'government-id'],
    ['USA_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER', 'government-id'],
    ['CREDIT_CARD_NUMBER', 'payment-card'],
    ['CREDIT_CARD_SECURITY_CODE', 'payment-card'],
    ['CREDIT_CARD_EXPIRATION', 'payment-card'],
    ['CREDIT_CARD_MAGNETIC_STRIPE', 'payment-card'],
    ['BANK_ACCOUNT_NUMBER', 'financial'],
    ['UK_BANK_ACCOUNT_NUMBER', 'financial'],
    ['IBAN', 'financial'],
    ['AWS_CREDENTIALS', 'credentials'],
    ['OPENSSH_PRIVATE_KEY', 'credentials'],
    ['PGP_PRIVATE_KEY', 'credentials'],
    ['GCP_API_KEY', 'credentials'],
    ['JSON_WEB_TOKEN', 'credentials'],
    ['USA_HEALTH_INSURANCE_CLAIM_NUMBER', 'health'],
    ['UK_NATIONAL_HEALTH_SERVICE_NUMBER', 'health'],
    ['USA_MEDICARE_BENEFICIARY_IDENTIFIER', 'health'],
    ['USA_NATIONAL_DRUG_CODE', 'health'],
    ['NAME', 'identity'],
    ['DATE_OF_BIRTH', 'identity'],
    ['ADDRESS', 'contact'],
    ['PHONE_NUMBER', 'contact'],
    ['EMAIL_ADDRESS', 'contact'],
    ['LATITUDE_LONGITUDE', 'location'],
  ])('maps %s to %s', (type, category) => {
    expect(categoryOfMacieDetectionType(type)).toBe(category);
  });

  it.each(['VEHICLE_IDENTIFICATION_NUMBER', 'custom:employee-number', 'SOMETHING_NEW'])(
    'leaves %s unmapped',
    (type) => {
      expect(categoryOfMacieDetectionType(type)).toBeUndefined();
    },
  );
});

describe('categoriesOfDetections', () => {
  it('lists each category once and keeps unmapped type names', () => {
    // Act
    const result = categoriesOfDetections(['CREDIT_CARD_NUMBER', 'CREDIT_CARD_SECURITY_CODE', 'NAME', 'SOMETHING_NEW']);

    // Assess
    expect(result).toEqual({ categories: ['payment-card', 'identity'], unmapped: ['SOMETHING_NEW'] });
  });
});
