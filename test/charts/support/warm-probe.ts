// Run as a fresh process (node --import tsx): gets the chart drawing ready,
// then draws a chart when asked to (argv "draw"), and prints what it drew.
const { prepareRankingCharts, renderRankingChart } = await import('../../../src/charts/ranking-chart.js');
const { exampleRanking } = await import('../../support/chart-example.js');
prepareRankingCharts();
const png = process.argv.includes('draw') ? await renderRankingChart(exampleRanking()) : null;
process.stdout.write(JSON.stringify({ pngBytes: png?.length ?? 0 }));
