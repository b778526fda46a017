// The page uses React 17, which ships no types (and @types/react is not installed): JSX is then
// untyped, except for what React adds to every element, which TypeScript must be told about.
declare namespace JSX {
  interface IntrinsicAttributes {
    key?: string | number | null;
  }
  interface ElementChildrenAttribute {
    children: unknown;
  }
}
