// Settlements, covered or not; which ones show depends on the zoom (minZoomByPopulation of styles.json).
import { getJson, urls } from '../api.js';
import { el, definitions, POPUP_OPTIONS } from '../dom.js';
import { t, formatNumber, formatMinutes } from '../i18n.js';
import { getStyles, minPopulationForZoom } from '../styles.js';

export function createSettlementLayer(L) {
  const renderer = L.svg({ padding: 0.2 });
  let turned = new Map(); // settlement id -> covered, where a what-if turns it
  const coveredOf = (p) => (turned.has(p.id) ? turned.get(p.id) : p.covered);
  const group = L.geoJSON(null, {
    pointToLayer: (feature, latlng) => {
      const s = getStyles().settlements;
      const covered = coveredOf(feature.properties);
      // null: no register covers the settlement, so its coverage is unknown (grey), never "uncovered"
      const colour = covered === null || covered === undefined ? s.unknown.color
        : covered ? s.covered.color : s.uncovered.color;
      return L.circleMarker(latlng, {
        renderer, radius: feature.properties.population >= 10000 ? 5 : 3, color: '#ffffff', weight: 0.8,
        fillColor: colour, fillOpacity: 0.9,
      });
    },
    onEachFeature: (feature, layer) => {
      layer.bindPopup(() => {
        const p = feature.properties;
        const dl = el('dl');
        definitions(dl, [
          [t('population'), formatNumber(p.population)],
          [t('travelTime'), formatMinutes(p.travelTimeSeconds)],
          [t('distance'), p.distanceMeters === null ? '—' : `${formatNumber(p.distanceMeters / 1000, 1)} ${t('km')}`],
          [t('standardWord'), coveredOf(p) === null || coveredOf(p) === undefined ? t('unknown')
            : coveredOf(p) ? t('covered') : t('notCovered')],
        ]);
        return el('div', { className: 'popup' }, el('strong', {}, p.name || p.id), dl);
      }, POPUP_OPTIONS);
    },
  });
  let shownFrom = null;

  return {
    layer: group,
    /** The loaded settlements' features (for search by name). */
    features() {
      const list = [];
      group.eachLayer((layer) => list.push(layer.feature));
      return list;
    },
    async load(area, zoom, force = false) {
      const minPopulation = minPopulationForZoom(zoom);
      if (!force && minPopulation === shownFrom) return null;
      shownFrom = minPopulation;
      const data = await getJson(urls.layer('settlements', area, { minPopulation }));
      group.clearLayers();
      group.addData(data);
      return data.features.length;
    },
    /** Recolours the settlements a what-if turns (Map id -> covered); an empty map: back to today's. */
    setTurned(newTurned) {
      turned = newTurned;
      const s = getStyles().settlements;
      group.eachLayer((layer) => {
        const covered = coveredOf(layer.feature.properties);
        const colour = covered === null || covered === undefined ? s.unknown.color
          : covered ? s.covered.color : s.uncovered.color;
        layer.setStyle({ fillColor: colour });
      });
    },
  };
}
