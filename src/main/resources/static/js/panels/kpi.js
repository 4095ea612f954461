// The KPI panel: the area's figures and what they were computed with. Where no register covers a
// part of the area its coverage is unknown: "невідомо", never 0 %.
import { definitions, el, replaceChildren } from '../dom.js';
import { t, formatNumber, formatShare, formatMinutes, formatKnown } from '../i18n.js';

export function renderKpis(dl, note, area) {
  const k = area.kpis;
  const known = k.populationCovered !== null && k.populationCovered !== undefined;
  const rows = [
    [t('population'), formatNumber(k.population)],
    [t('populationWithRegister'), formatNumber(k.populationWithRegister)],
    [t('populationCovered'), formatKnown(k.populationCovered, formatNumber)],
    [t('coveredShare'), formatKnown(k.coveredShare, formatShare)],
  ];
  if (known) {
    rows.push(
      ...sensitivityLines(area.sensitivity),
      [t('uncoveredSettlements'), formatNumber(k.uncoveredSettlements)],
      [t('meanTravelTime'), formatMinutes(k.meanTravelTimeSeconds)],
      [t('p90TravelTime'), formatMinutes(k.p90TravelTimeSeconds)],
      [t('hromadasWithoutMainOffice'), formatKnown(k.hromadasWithoutMainOffice, formatNumber)],
      [t('whiteSpots'), formatNumber(area.whiteSpots)],
      [t('whiteSpotPopulation'), formatNumber(area.whiteSpotPopulation)],
    );
  }
  const without = area.oblastsWithoutRegister || [];
  if (without.length > 0) {
    rows.push([t('oblastsWithoutRegister'), `${without.length}: ${without.join(', ')}`]);
  }
  definitions(dl, rows);
  const lines = [];
  const national = k.code === 'UA' ? `; ${t('populationNoteNational')}` : '';
  lines.push(`${t('population')}: ${t('populationNote')}${national}`);
  if (!known) {
    lines.push(t('noRegister'));
  } else {
    const outOfSample = area.travelModelError?.outOfSampleMedianAbsolutePercentError;
    const error = area.travelModelError
      ? ` (${t('modelError')} ${formatNumber(area.travelModelError.medianAbsolutePercentError, 1)} %`
        + (outOfSample === null || outOfSample === undefined ? ''
          : `, ${t('outOfSample')} ${formatNumber(outOfSample, 1)} %`) + ')' : '';
    lines.push(`${t('model')}: ${area.travelModel}${error}`);
  }
  if (area.hromadasWithoutMainOfficeNote) {
    lines.push(`${t('hromadasWithoutMainOffice')}: ${t('unknown')} (${area.hromadasWithoutMainOfficeNote})`);
  }
  replaceChildren(note, lines.map((line) => el('div', {}, line)));
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
