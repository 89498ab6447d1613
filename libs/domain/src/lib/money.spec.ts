import { formatMoney } from './money';

describe('formatMoney', () => {
  it.each([
    ['US dollars in the United States: the symbol', 70000, 'USD', 'en-US', '$70,000'],
    ['Canadian dollars in the United States: the code', 38880, 'CAD', 'en-US', 'CAD 38,880'],
    ['US dollars in Canada: the code', 63000, 'USD', 'en-CA', 'USD 63,000'],
    ['Canadian dollars in Canada: the symbol', 63000, 'CAD', 'en-CA', '$63,000'],
    ['euros anywhere: their own symbol', 1200, 'EUR', 'en-US', '€1,200'],
    ['cents when there are any', 38.5, 'CAD', 'en-US', 'CAD 38.50'],
    ['cents with the symbol too', 38.5, 'USD', 'en-US', '$38.50'],
    ['nothing spent', 0, 'CAD', 'en-US', 'CAD 0'],
    ['a code Intl does not know', 5000, 'XYZ1', 'en-US', 'XYZ1 5,000'],
    ['no currency: a plain number', 5000, '', 'en-US', '5,000'],
  ])('%s', (_, amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it.each([
    ['a whole budget', '250000', 'CAD 250,000'],
    ['a budget with cents', '250000.50', 'CAD 250,000.50'],
    ['a budget with zero cents', '250000.00', 'CAD 250,000'],
    ['a budget that is not a number', 'lots', 'CAD lots'],
  ])('reads %s as a decimal string', (_, amount, expected) => {
    expect(formatMoney(amount, 'CAD', 'en-US')).toBe(expected);
  });

  it.each([null, undefined, '', Number.NaN])('shows a dash for no amount (%s)', (amount) => {
    expect(formatMoney(amount, 'USD', 'en-US')).toBe('—');
  });
});
