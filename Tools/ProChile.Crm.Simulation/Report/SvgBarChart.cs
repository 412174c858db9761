using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

using ProChile.Crm.Simulation.Results;

namespace ProChile.Crm.Simulation.Report
{
    /// <summary>One series of a bar chart: its name in the legend, its colour, and a value per bar.</summary>
    public sealed record ChartSeries(string Name, string Color, IReadOnlyList<int> Values);

    /// <summary>
    /// A horizontal (stacked when there are several series) bar chart as inline SVG: no script, no external file,
    /// so the report opens anywhere, offline. Each bar is labelled and carries its total; each segment has a
    /// tooltip (SVG title) with its series and value.
    /// </summary>
    public static class SvgBarChart
    {
        private const int LabelWidth = 230;
        private const int BarArea = 520;
        private const int RowHeight = 22;
        private const int Top = 34;

        public static string Render(string id, string title, IReadOnlyList<string> bars, IReadOnlyList<ChartSeries> series)
        {
            if (series.Any(s => s.Values.Count != bars.Count))
            {
                throw new ArgumentException($"Chart '{id}': every series needs one value per bar ({bars.Count}).", nameof(series));
            }
            int max = Math.Max(1, Enumerable.Range(0, bars.Count).Select(i => series.Sum(s => s.Values[i])).DefaultIfEmpty(0).Max());
            int height = Top + bars.Count * RowHeight + 30;
            int width = LabelWidth + BarArea + 70;
            var svg = new StringBuilder();
            svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"18\" class=\"title\">{E(title)}</text>");
            for (int i = 0; i < bars.Count; i++)
            {
                AppendBar(svg, i, bars[i], series, max);
            }
            AppendLegend(svg, series, Top + bars.Count * RowHeight + 16);
            svg.Append("</svg>");
            return svg.ToString();
        }

        private static void AppendBar(StringBuilder svg, int index, string label, IReadOnlyList<ChartSeries> series, int max)
        {
            int y = Top + index * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{E(label)}</text>");
            double x = LabelWidth;
            int total = 0;
            foreach (var s in series)
            {
                int value = s.Values[index];
                total += value;
                double width = value * (double)BarArea / max;
                if (value > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect class=\"bar\" x=\"{x:0.##}\" y=\"{y + 3}\" width=\"{Math.Max(width, 1):0.##}\" height=\"{RowHeight - 6}\" fill=\"{s.Color}\"><title>{E(label)} · {E(s.Name)}: {value}</title></rect>");
                }
                x += width;
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.##}\" y=\"{y + 15}\" class=\"total\">{SpanishNumbers.Count(total)}</text>");
        }

        private static void AppendLegend(StringBuilder svg, IReadOnlyList<ChartSeries> series, int y)
        {
            if (series.Count < 2)
            {
                return;
            }
            int x = LabelWidth;
            foreach (var s in series)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"{s.Color}\"/><text x=\"{x + 16}\" y=\"{y}\">{E(s.Name)}</text>");
                x += 24 + s.Name.Length * 8;
            }
        }

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
