// Written by the catalog plugin at build time (src/plugins/catalog/, MODULE_LINKS_FILE).
declare module '@generated/catalog/default/module-links.json' {
  const rows: import('@site/src/plugins/catalog').ModuleLinkRows;
  export default rows;
}
