/** Formatting shared by every package: `pnpm format`. */
export default {
  printWidth: 100,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
};
