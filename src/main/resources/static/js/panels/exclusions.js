// What the Order 376 exclusions took out of the figures shown (the switch in the top bar).
import { replaceChildren } from '../dom.js';
import { t, formatNumber, formatDate } from '../i18n.js';

export function renderExclusions(note, exclusions) {
  if (!exclusions) {
    replaceChildren(note, '');
    return;
  }
  if (exclusions.excludeOccupied === false) {
    replaceChildren(note, t('includedOnRequest'));
    return;
  }
  if (!exclusions.listAvailable) {
    replaceChildren(note, t('noOrderList'));
    return;
  }
  replaceChildren(note, `${t('excludedByOrder')}: ${formatNumber(exclusions.excludedPopulation)} `
    + `${t('excludedResidents')}, ${formatNumber(exclusions.excludedSettlements)} ${t('excludedSettlements')}, `
    + `${formatNumber(exclusions.excludedHromadas)} ${t('excludedHromadas')}, `
    + `${formatNumber(exclusions.closedAccessPoints)} ${t('closedPoints')} — ${exclusions.edition}, `
    + `${t('asOf')} ${formatDate(exclusions.asOf)}`);
}
