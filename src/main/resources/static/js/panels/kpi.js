// The KPI panel: the area's figures and what they were computed with.
import { definitions, replaceChildren } from '../dom.js';
import { t, formatNumber, formatShare, formatMinutes } from '../i18n.js';

export function renderKpis(dl, note, area) {
  const k = area.kpis;
  if (!k.registerLoaded) {
    definitions(dl, [[t('population'), formatNumber(k.population)]]);
    replaceChildren(note, t('noRegister'));
    return;
  }
  definitions(dl, [
    [t('population'), formatNumber(k.population)],
    [t('populationCovered'), formatNumber(k.populationCovered)],
    [t('coveredShare'), formatShare(k.coveredShare)],
    [t('uncoveredSettlements'), formatNumber(k.uncoveredSettlements)],
    [t('meanTravelTime'), formatMinutes(k.meanTravelTimeSeconds)],
    [t('p90TravelTime'), formatMinutes(k.p90TravelTimeSeconds)],
    [t('hromadasWithoutMainOffice'), formatNumber(k.hromadasWithoutMainOffice)],
    [t('whiteSpots'), formatNumber(area.whiteSpots)],
    [t('whiteSpotPopulation'), formatNumber(area.whiteSpotPopulation)],
  ]);
  const error = area.travelModelError
    ? ` (${t('modelError')} ${formatNumber(area.travelModelError.medianAbsolutePercentError, 1)} %)` : '';
  replaceChildren(note, `${t('model')}: ${area.travelModel}${error}`);
}
