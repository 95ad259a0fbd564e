import type { EChartsCoreOption } from 'echarts/core';

type Init = typeof import('echarts/core').init;

let loading: Promise<Init> | undefined;

// Loaded on the first chart, not at start: ECharts costs the bot ~20 MB it needs once a month.
function loadEcharts(): Promise<Init> {
  loading ??= (async () => {
    const [core, bar, grid, title, svg] = await Promise.all([
      import('echarts/core'),
      import('echarts/lib/chart/bar/install.js'),
      import('echarts/lib/component/grid/install.js'),
      import('echarts/lib/component/title/install.js'),
      import('echarts/lib/renderer/installSVGRenderer.js'),
    ]);
    core.use([bar.install, grid.install, title.install, svg.install]);
    return core.init;
  })().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

/** Draws an ECharts option as SVG text, with no DOM or canvas. */
export async function renderSvg(option: EChartsCoreOption, width: number, height: number): Promise<string> {
  const init = await loadEcharts();
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
