// Hromadas coloured by covered share (classes of styles.json), simplified by the server for the zoom.
import { getJson, urls } from '../api.js';
import { hromadaStyle } from '../styles.js';

/** Hromadas go in their own pane, under white spots, settlements and points. */
export const HROMADA_PANE = 'hromadas';

export function createHromadaLayer(L, { onClick }) {
  let shares = null; // code -> {share, registerLoaded} from a plan or a what-if; null: today's
  const group = L.geoJSON(null, {
    pane: HROMADA_PANE,
    // a renderer of its own, as the settlements have: the pane's implicit one clipped the polygons
    // part-way down the oblast after the view was fitted
    renderer: L.svg({ pane: HROMADA_PANE, padding: 0.5 }),
    style: (feature) => {
      const p = feature.properties;
      const override = shares && shares.get(p.code);
      return override ? hromadaStyle(override.share, override.registerLoaded)
        : hromadaStyle(p.coveredShare, p.registerLoaded);
    },
    onEachFeature: (feature, layer) => {
      layer.on('click', (event) => onClick(feature.properties, event));
    },
  });

  return {
    layer: group,
    async load(area, zoom) {
      const data = await getJson(urls.layer('hromadas', area, { zoom }));
      group.clearLayers();
      group.addData(data);
      return data.features.length;
    },
    /** Recolours with other shares (Map code -> {share, registerLoaded}); null: back to today's. */
    recolour(newShares) {
      shares = newShares;
      group.setStyle(group.options.style);
    },
    bounds() {
      return group.getBounds();
    },
    /** The hromada's name by its code, when it is on the map. */
    nameOf(code) {
      let name = null;
      group.eachLayer((layer) => {
        if (layer.feature.properties.code === code) name = layer.feature.properties.name;
      });
      return name;
    },
    /** The Leaflet layers of the hromadas shown (for search by name). */
    layers() {
      return group.getLayers();
    },
  };
}
