// The KPI panel: the area's figures and, in plain words beside them, what they were computed with
// (register and its date, travel model, its error and the sensitivity band, data vintage). Where no
// register covers a part of the area its coverage is unknown: "невідомо", never 0 %.
import { definitions, el, replaceChildren } from '../dom.js';
import {
  t, tf, formatNumber, formatShare, formatMinutes, formatKnown, registerLabel, requirementWords,
} from '../i18n.js';

export function renderKpis(dl, note, area, registers = []) {
  const k = area.kpis;
  const known = k.populationCovered !== null && k.populationCovered !== undefined;
  const service = area.service; // null when any access point counts
  // for a service, "unknown" means a register that does not say where the service is, not a missing register
  const serviceSilent = service && service.registersNotTelling.length > 0;
  const rows = [
    [t('serviceFigures'), service ? requirementWords(service.service, service.barrierFree) : t('serviceAny')],
    [t('population'), formatNumber(k.population)],
    [t(service ? 'populationWithServiceRegister' : 'populationWithRegister'), formatNumber(k.populationWithRegister)],
    [t('populationCovered'), formatKnown(k.populationCovered, formatNumber)],
    [t('coveredShare'), formatKnown(k.coveredShare, formatShare)],
  ];
  if (known) {
    rows.push(
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
    rows.push([t(serviceSilent ? 'oblastsServiceUnknown' : 'oblastsWithoutRegister'), formatNumber(without.length)]);
  }
  definitions(dl, rows);

  const lines = [];
  const national = k.code === 'UA' ? `; ${t('populationNoteNational')}` : '';
  lines.push(`${t('population')}: ${t('populationNote')}${national}`);
  lines.push(`${t('registerNote')}: ${registersInWords(area.registers, registers)}`);
  if (service) lines.push(...serviceInWords(service, registers));
  if (!known) {
    lines.push(t(serviceSilent ? 'serviceUnknown' : 'noRegister'));
  } else {
    lines.push(modelInWords(area));
    const band = sensitivityInWords(area.sensitivity);
    if (band) lines.push(band);
  }
  if (area.hromadasWithoutMainOfficeNote) {
    // the server's reason names a register that cannot tell main offices (the 2017 map): said in words here
    lines.push(`${t('hromadasWithoutMainOffice')}: ${t('unknown')} (${t('mainOfficeUnknown')})`);
  }
  if (without.length > 0) {
    lines.push(`${t(serviceSilent ? 'oblastsServiceUnknown' : 'oblastsWithoutRegister')}: ${without.join(', ')}`);
  }
  replaceChildren(note, lines.map((line) => el('div', {}, line)));
}

// which points counted for the service, which were silent about it, which registers cannot tell it
function serviceInWords(service, registers) {
  const words = requirementWords(service.service, service.barrierFree);
  let counted = tf('serviceMeeting', { s: words, n: formatNumber(service.accessPointsMeeting) });
  if (service.accessPointsNotTelling > 0) {
    counted += `; ${tf('serviceNotTelling', { n: formatNumber(service.accessPointsNotTelling) })}`;
  }
  const lines = [`${counted}.`];
  if (service.registersNotTelling.length > 0) {
    lines.push(`${tf('serviceRegistersSilent', { r: registersInWords(service.registersNotTelling, registers) })}.`);
  }
  return lines;
}

function registersInWords(ids, registers) {
  if (!ids || ids.length === 0) return t('registerNone');
  return ids.map((id) => {
    const register = registers.find((r) => r.id === id);
    return register ? registerLabel(register) : id;
  }).join('; ');
}

/** The travel model in words, with its median error against real trips (out of sample where known). */
export function modelInWords(area) {
  const road = /^road/i.test(area.travelModel || '');
  const words = tf('travelModelWords', { m: road ? t('modelRoad') : t('modelFallback') });
  const error = area.travelModelError;
  if (!error) return `${words}.`;
  const outOfSample = error.outOfSampleMedianAbsolutePercentError;
  return `${words} (${t('modelError')} ${formatNumber(error.medianAbsolutePercentError, 1)} %`
    + (outOfSample === null || outOfSample === undefined ? ''
      : `, ${t('outOfSample')} ${formatNumber(outOfSample, 1)} %`) + ').';
}

// The covered share if travel times were longer (and shorter) by the travel model's out-of-sample
// median error; nothing when the model has no measured error.
function sensitivityInWords(band) {
  if (!band || band.percent === null || band.percent === undefined || band.coveredShareIfSlower === null
    || band.coveredShareIfSlower === undefined) return null;
  return tf('sensitivityWords', {
    p: formatNumber(band.percent, 0), slower: formatShare(band.coveredShareIfSlower),
    faster: formatShare(band.coveredShareIfFaster),
  });
}
