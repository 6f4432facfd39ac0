// A bank account's statement as online banking exports it (Monzo, Starling, N26, Revolut, ING, Deutsche Bank): a row per
// payment, the other side's name beside the amount. A payment by card or by direct debit goes to a merchant or to a
// creditor (a shop, a utility, an insurer): card acceptance and SEPA creditor identifiers are given to businesses, so such a
// row names no person (its "Name", its "Address" are the merchant's). Transfers to and from people name them.

// The column of each payment's kind ("Type": "Card payment"; "Umsatzart": "SEPA-Lastschrift").
const TYPE_COLUMN = /^(?:type|transaction[ _]type|umsatzart|buchungstext|vorgang|transaktionstyp|mutatiesoort|type d'op[ée]ration|tipo de operaci[oó]n)$/i;
// A statement's amount ("Amount", "Money Out", "Amount (EUR)", "Betrag", "Soll", "Bedrag (EUR)").
const AMOUNT_COLUMN = /^(?:amount|money[ _]out|money[ _]in|paid[ _]out|paid[ _]in|betrag|soll|haben|bedrag|montant|importe|debit|credit)(?:[ _]?\(\w{3}\))?$/i;

// What only a statement has beside them: the account's balance after each payment, its money in and out, the other side.
const STATEMENT_COLUMN = /^(?:(?:running[ _])?balance(?:[ _]?\(\w{3}\))?|saldo|kontostand|money[ _]in|paid[ _]in|haben|payee|counter[ _]?party|begünstigter \/ auftraggeber|auftraggeber\/empfänger|tegenrekening)$/i;

// Payments to businesses: by card (contactless, online, at a till), from a cash machine, by direct debit.
const MERCHANT_PAYMENT = /^(?:card[ _]payment|card[ _]purchase|card[ _]transaction|contactless|online[ _]payment|debit[ _]card|pos|atm|cash[ _]withdrawal|direct[ _]debit|mastercard[ _]payment|visa[ _]payment|kartenzahlung|kartenumsatz|debitkarte|(?:sepa[ -]?)?(?:erst|folge)?lastschrift|bargeldauszahlung|geldautomat|betaalautomaat|geldautomaat|incasso|paiement par carte|pr[ée]l[èe]vement(?: sepa)?|retrait dab|pago con tarjeta|adeudo(?: sepa)?)$/i;

/**
 * The index of a statement's column of payment kinds, where the header is a statement's (a kind beside an amount and a
 * balance, money in or the other side: not a donor's or a member's "Type" of payment), else -1.
 */
export function paymentKindColumn(names: readonly string[]): number {
  if (!names.some((name) => AMOUNT_COLUMN.test(name.trim())) || !names.some((name) => STATEMENT_COLUMN.test(name.trim()))) return -1;
  return names.findIndex((name) => TYPE_COLUMN.test(name.trim()));
}

/** Whether a statement's payment kind is a payment to a business (see MERCHANT_PAYMENT). */
export const isMerchantPayment = (kind: string): boolean => MERCHANT_PAYMENT.test(kind.trim());
