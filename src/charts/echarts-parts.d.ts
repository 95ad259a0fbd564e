// ECharts types its deep imports under types/src without mapping them, so these
// declare the four parts a ranking chart needs; importing only them halves the
// load time and memory of the whole library.
type Installer = Exclude<Parameters<typeof import('echarts/core').use>[0], unknown[]>;

declare module 'echarts/lib/chart/bar/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/component/grid/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/component/title/install.js' {
  export const install: Installer;
}
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
  export const install: Installer;
}
