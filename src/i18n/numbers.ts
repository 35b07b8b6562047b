import type { Lang } from './messages.js';

const formats = new Map<Lang, Intl.NumberFormat>();

/** A whole number as the language writes it: grouped the French way in French ("10 000"), "10,000" in English. */
export function formatNumber(value: number, lang: Lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 });
    formats.set(lang, format);
  }
  return format.format(value);
}

const percentFormats = new Map<Lang, Intl.NumberFormat>();

/** A share as a percentage, as the language writes it: 0.3 is "30 %" in French, "30%" in English. */
export function formatPercent(share: number, lang: Lang): string {
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 2 });
    percentFormats.set(lang, format);
  }
  return format.format(share);
}
