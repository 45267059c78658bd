import type { PriceListItem } from './price-list.js';

const item = (code: string, name: string, dollars: number, startingPrice = false): PriceListItem => ({
  code,
  item: name,
  priceCents: dollars * 100,
  startingPrice,
  description: null,
});

/**
 * A small funeral home's General Price List: what a new demo organization starts with and what a
 * call scenario uses when it brings no list of its own. Real organizations enter their own.
 */
export const SAMPLE_PRICE_LIST: readonly PriceListItem[] = [
  item('basic-services', 'Basic services of funeral director and staff', 2495),
  item('transfer', 'Transfer of remains to the funeral home', 495),
  item('embalming', 'Embalming', 895),
  item('other-preparation', 'Dressing and cosmetology', 395),
  item('viewing', 'Facilities and staff for a viewing', 495),
  item('funeral-ceremony', 'Facilities and staff for a funeral ceremony', 695),
  item('memorial-service', 'Facilities and staff for a memorial service', 595),
  item('graveside-service', 'Graveside service', 495),
  item('hearse', 'Hearse', 395),
  item('direct-cremation', 'Direct cremation with an alternative container', 1895),
  item('immediate-burial', 'Immediate burial with a simple container', 2795),
  item('casket-from', 'Caskets', 995, true),
  item('outer-burial-container-from', 'Outer burial containers', 1095, true),
];
