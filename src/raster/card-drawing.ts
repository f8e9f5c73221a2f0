/**
 * The raster job of a card: its element tree, laid out for the card's language and the site's
 * address, with the picture the card asks for (the map's miniature) drawn as SVG. The element tree is the whole input (the cache keys on it), so it is made here, on
 * the thread that lists the images (src/raster/site-images.ts), and drawn on a raster thread.
 */
import { otherLang } from '../core/locales.ts';
import { t } from '../i18n/ui.ts';
import { absoluteUrl } from '../core/urls.ts';
import type { CardEntry } from '../cards/collect.ts';
import { fontAdvances } from '../text/text-width.ts';
import { cardElement, PICTURE_BOX, type CardFrame, type CardPicture, type PictureImage } from '../cards/card-layout.ts';
import type { ImageInputs } from '../collections/read-collections.ts';
import { buildMapModel, type MapModel } from '../map/map-model.ts';
import { mapMiniatureSvg } from '../figures/map-svg.ts';
import { STILL_MAP_MEASURE } from '../figures/figure-text.ts';
import type { RasterJob } from './jobs.ts';

/** `https://example.org/atlas/` → `example.org/atlas`: the address a reader of the image can type. */
const host = () =>
  absoluteUrl('/')
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');

function frameOf(lang: CardEntry['lang']): CardFrame {
  return { lang, siteName: t(lang).siteName, altLang: otherLang(lang), altSiteName: t(otherLang(lang)).siteName, host: host() };
}

/** The national map's model, made once for the collections a build reads (it takes about a second). */
const mapModels = new WeakMap<ImageInputs['chartData'], MapModel>();
function mapModelOf(data: ImageInputs['chartData']): MapModel {
  let model = mapModels.get(data);
  if (!model) {
    model = buildMapModel(data.projects, data.bureaus);
    mapModels.set(data, model);
  }
  return model;
}

/** The drawing a card asks for, as large as fits its box: the map keeps its aspect. */
function pictureOf(picture: CardPicture, inputs: ImageInputs): PictureImage {
  switch (picture.drawing) {
    case 'national-map': {
      const model = mapModelOf(inputs.chartData);
      const aspect = (model.viewBox.x1 - model.viewBox.x0) / (model.viewBox.y1 - model.viewBox.y0);
      const width = Math.floor(Math.min(PICTURE_BOX.width, PICTURE_BOX.height * aspect));
      return mapMiniatureSvg(model, width, STILL_MAP_MEASURE);
    }
  }
}

export function cardJob(card: CardEntry, inputs: ImageInputs): RasterJob {
  const picture = card.content.picture && pictureOf(card.content.picture, inputs);
  return { kind: 'card', element: cardElement(card.content, frameOf(card.lang), fontAdvances(), picture) };
}
