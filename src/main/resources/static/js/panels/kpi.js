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
    ...sensitivityLines(area.sensitivity),
    [t('uncoveredSettlements'), formatNumber(k.uncoveredSettlements)],
    [t('meanTravelTime'), formatMinutes(k.meanTravelTimeSeconds)],
    [t('p90TravelTime'), formatMinutes(k.p90TravelTimeSeconds)],
    [t('hromadasWithoutMainOffice'), formatNumber(k.hromadasWithoutMainOffice)],
    [t('whiteSpots'), formatNumber(area.whiteSpots)],
    [t('whiteSpotPopulation'), formatNumber(area.whiteSpotPopulation)],
  ]);
  const outOfSample = area.travelModelError?.outOfSampleMedianAbsolutePercentError;
  const error = area.travelModelError
    ? ` (${t('modelError')} ${formatNumber(area.travelModelError.medianAbsolutePercentError, 1)} %`
      + (outOfSample === null || outOfSample === undefined ? ''
        : `, ${t('outOfSample')} ${formatNumber(outOfSample, 1)} %`) + ')' : '';
  replaceChildren(note, `${t('model')}: ${area.travelModel}${error}`);
}

// One line beside the covered share: the share if travel times were longer (and shorter) by the travel
// model's out-of-sample median error; nothing when the model has no measured error.
function sensitivityLines(band) {
  if (!band || band.percent === null || band.percent === undefined || band.coveredShareIfSlower === null
    || band.coveredShareIfSlower === undefined) return [];
  const percent = formatNumber(band.percent, 0);
  return [[t('sensitivity'),
    `${t('ifSlower').replace('{p}', percent)}: ${formatShare(band.coveredShareIfSlower)}; `
    + `${t('ifFaster').replace('{p}', percent)}: ${formatShare(band.coveredShareIfFaster)}`]];
}
