/**
 * An amount of money as people read it, the same on every page: with the currency's symbol when
 * the reader's locale writes that currency with a symbol of its own ("$70,000" for US dollars
 * in the United States, "€1,200"), otherwise with its code ("CAD 38,880" in the United States),
 * so that a consortium's members never take one dollar for another. Whole amounts show no
 * decimals, others two. A budget arrives as a decimal string and is read the same way; without a
 * currency the amount is a plain number.
 */
export function formatMoney(amount: number | string | null | undefined, currency: string, locale?: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) return typeof amount === 'string' ? `${currency} ${amount}` : '—';
  const decimals = Number.isInteger(value) ? 0 : 2;
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (!currency) return value.toLocaleString(locale, digits);
  if (ownSymbol(currency, locale))
    return new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits }).format(value);
  return `${currency} ${value.toLocaleString(locale, digits)}`;
}

/** Whether the locale writes the currency with a symbol of its own ("$", "€"), not a code-like "CA$" or "CAD". */
function ownSymbol(currency: string, locale?: string): boolean {
  try {
    const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value;
    return !!symbol && !/[A-Za-z]/.test(symbol);
  } catch {
    return false; // not a currency code Intl knows
  }
}
