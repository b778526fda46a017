// View state as the web client builds it: every interactive element's value, keyed by its
// actionId, remembered with the blockId it belongs to (the element's own blockId wins over its
// block's); sent to the app as { [blockId]: { [actionId]: value } }.

function initialValueOf(element) {
  if ('initialValue' in element) return element.initialValue;
  if (element.initialOption) return element.initialOption.value;
  if (Array.isArray(element.initialOptions)) return element.initialOptions.map((option) => option.value);
  return undefined;
}

function elementsOf(block) {
  switch (block.type) {
    case 'input':
      return block.element ? [block.element] : [];
    case 'actions':
      return block.elements ?? [];
    case 'section':
      return block.accessory ? [block.accessory] : [];
    default:
      return [];
  }
}

const isInteractive = (element) => element.actionId && element.type !== 'button' && element.type !== 'image';

/** { [actionId]: { blockId, value } } for every interactive element of the blocks. */
export function initialValues(blocks = []) {
  const values = {};
  for (const block of blocks) {
    for (const element of elementsOf(block)) {
      if (!isInteractive(element)) continue;
      values[element.actionId] = {
        blockId: element.blockId ?? block.blockId,
        value: initialValueOf(element),
      };
    }
  }
  return values;
}

/** { [blockId]: { [actionId]: value } }, the shape of `view.state`. */
export function toViewState(values) {
  const state = {};
  for (const [actionId, { blockId, value }] of Object.entries(values)) {
    state[blockId] = state[blockId] ?? {};
    state[blockId][actionId] = value;
  }
  return state;
}

/** The values of a view after the app updated it: what the user changed stays (the elements
 *  still show it), for the elements that are still there; everything else starts afresh. */
export function mergeValues(blocks, touched) {
  const values = initialValues(blocks);
  for (const [actionId, entry] of Object.entries(touched)) {
    if (values[actionId]) values[actionId] = { blockId: values[actionId].blockId, value: entry.value };
  }
  return values;
}
