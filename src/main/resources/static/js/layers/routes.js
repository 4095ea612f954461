// Mobile office routes from a routes job (GET /api/routes/{jobId} and its routes.geojson: LineStrings per
// vehicle-day with vehicleId, day, straightLine; Points for stops with settlementId, name, arrivalTime and
// the settlement's timetable: timetable, pattern, weekday, everyWeeks, visitDays).
// The layer stays out of the map until a routes job with a result exists.
import { getJson, urls } from '../api.js';
import { el, definitions } from '../dom.js';
import { t, formatNumber } from '../i18n.js';
import { getStyles } from '../styles.js';

export function createRouteLayer(L) {
  const group = L.layerGroup();
  const colourOf = new Map();

  function colour(vehicleId) {
    const palette = getStyles().routes.palette;
    if (!colourOf.has(vehicleId)) colourOf.set(vehicleId, palette[colourOf.size % palette.length]);
    return colourOf.get(vehicleId);
  }

  return {
    layer: group,
    /** Draws the job's routes; false when the job has no result yet (the layer stays hidden). */
    async show(jobId) {
      const job = await getJson(urls.routesJob(jobId));
      if (!job.result) return false;
      const data = await getJson(urls.routesGeoJson(jobId));
      const r = getStyles().routes;
      group.clearLayers();
      const lines = L.geoJSON(data, {
        filter: (f) => f.geometry && f.geometry.type === 'LineString',
        style: (f) => ({
          color: colour(f.properties.vehicleId), weight: r.strokeWidth,
          dashArray: f.properties.straightLine ? r.straightLineDashArray : null,
        }),
        onEachFeature: (f, layer) => layer.bindPopup(() => {
          const dl = el('dl');
          definitions(dl, [[t('vehicle'), String(f.properties.vehicleId)], [t('day'), String(f.properties.day)]]);
          return el('div', { className: 'popup' }, dl);
        }),
      });
      const stops = L.geoJSON(data, {
        filter: (f) => f.geometry && f.geometry.type === 'Point',
        pointToLayer: (f, latlng) => L.circleMarker(latlng, {
          radius: r.stop.radius, color: r.stop.color, weight: 1, fillColor: '#ffffff', fillOpacity: 1,
        }),
        onEachFeature: (f, layer) => layer.bindPopup(() => {
          const p = f.properties;
          const dl = el('dl');
          const rows = [[t('arrival'), p.arrivalTime || `${formatNumber((p.arrivalSeconds || 0) / 3600, 2)} h`]];
          if (p.timetable) rows.push([t('timetable'), p.timetable]);
          if (p.visitDays) rows.push([t('visitDays'), p.visitDays.join(', ')]);
          definitions(dl, rows);
          return el('div', { className: 'popup' }, el('strong', {}, p.name || p.settlementId), dl);
        }),
      });
      group.addLayer(lines);
      group.addLayer(stops);
      return true;
    },
  };
}
