// What a click on a hromada shows: figures, nearest offices, and the travel-time histogram.
import { el, definitions, replaceChildren } from '../dom.js';
import { t, label, formatNumber, formatShare, formatMinutes } from '../i18n.js';
import { getStyles } from '../styles.js';

export function renderHromada(section, access) {
  section.hidden = false;
  replaceChildren(section.querySelector('#hromada-name'), access.name);
  const k = access.kpis || {};
  definitions(section.querySelector('#hromada-figures'), [
    [t('population'), formatNumber(access.population2022)],
    // no register for the hromada's oblast: coverage unknown, never 0 %
    [t('coveredShare'), k.populationCovered === null || k.populationCovered === undefined ? t('unknown')
      : formatShare(k.coveredShare)],
    [t('meanTravelTime'), formatMinutes(k.meanTravelTimeSeconds)],
    [t('uncoveredSettlements'), formatNumber(k.uncoveredSettlements)],
  ]);
  const kinds = getStyles().accessPoints;
  replaceChildren(section.querySelector('#hromada-offices'), access.nearestOffices.map((o) => el('li', {},
    el('span', {}, o.name), ' — ', label((kinds[o.kind] || {}).label), ', ',
    `${formatNumber(o.populationServed)} ${t('population').toLowerCase()}, `,
    `${formatMinutes(o.minTravelTimeSeconds)}–${formatMinutes(o.maxTravelTimeSeconds)}`)));
  const largest = Math.max(1, ...access.travelTimes.map((b) => b.population));
  const limitMinutes = access.standard.maxMinutes;
  replaceChildren(section.querySelector('#hromada-histogram'), access.travelTimes.map((b) => {
    const name = b.fromMinutes === null ? t('unreachable')
      : b.toMinutes === null ? `≥ ${b.fromMinutes} ${t('minutesShort')}` : `${b.fromMinutes}–${b.toMinutes} ${t('minutesShort')}`;
    const beyond = b.fromMinutes === null || b.fromMinutes >= limitMinutes;
    const fill = el('div', { className: 'bar-fill' });
    fill.style.width = `${(100 * b.population) / largest}%`;
    return el('div', { className: beyond ? 'row beyond' : 'row' }, el('span', {}, name), el('div', {}, fill),
      el('span', {}, formatNumber(b.population)));
  }));
}
