// A view's title and button labels are text objects ({ type, text }) or, from some apps, strings.
export const textOf = (value, fallback = '') =>
  typeof value === 'string' ? value : value && typeof value.text === 'string' ? value.text : fallback;

// A button (view.submit / view.close) is a button element; its label is `text`.
export const buttonLabel = (button, fallback) =>
  button ? textOf(button.text ?? button, fallback) : fallback;
