using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// Draws the document's charts as inline SVG, each in a <c>figure</c> with its caption and every
/// mark titled with its figure (a tooltip on screen, text for a screen reader). Coordinates are
/// invariant-culture numbers at one decimal; the figures shown are the builder's texts.
/// </summary>
internal static class SvgCharts
{
    public static void Write(TextWriter output, Chart chart)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (chart)
        {
            case BarChart bars:
                Figure(output, "bars", bars.Caption, () => Bars(output, bars));
                break;
            case TrendChart trend:
                Figure(output, "multiples", trend.Caption, () => Trend(output, trend));
                break;
            case ScatterChart scatter:
                Figure(output, "scatter", scatter.Caption, () => Scatter(output, scatter));
                break;
            case TreeChart tree:
                Figure(output, "tree", tree.Caption, () => Tree(output, tree));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(chart), chart.GetType().Name, "A chart the HTML renderer cannot draw.");
        }
    }

    private static void Figure(TextWriter output, string kind, string caption, Action draw)
    {
        output.WriteLine($"<figure class=\"{kind}\">");
        draw();
        output.WriteLine($"<figcaption>{E(caption)}</figcaption>");
        output.WriteLine("</figure>");
    }

    // Horizontal bars from 0 to the maximum, a dashed reference line, the value after each bar.
    private static void Bars(TextWriter output, BarChart chart)
    {
        const decimal Left = 90, Width = 360, BarHeight = 18, Gap = 8, Top = 10;
        decimal height = Top + (chart.Bars.Count * (BarHeight + Gap)) + 20;
        decimal X(decimal value) => Left + (Math.Clamp(value, 0m, chart.Maximum) / chart.Maximum * Width);
        output.WriteLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Left + Width + 80} {height}\" width=\"100%\" role=\"img\" aria-label=\"{E(chart.Caption)}\">"));
        for (int i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            decimal y = Top + (i * (BarHeight + Gap));
            output.WriteLine(F($"<text x=\"{Left - 6}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"11\">{E(bar.Label)}</text>"));
            output.WriteLine(F($"<rect x=\"{Left}\" y=\"{y}\" width=\"{R(X(bar.Value) - Left)}\" height=\"{BarHeight}\" fill=\"{bar.Colour}\"><title>{E(bar.Title)}: {E(bar.ValueText)}</title></rect>"));
            output.WriteLine(F($"<text x=\"{R(X(bar.Value) + 4)}\" y=\"{y + 13}\" font-size=\"11\">{E(bar.ValueText)}</text>"));
        }
        if (chart.Reference is decimal reference)
        {
            decimal x = R(X(reference));
            output.WriteLine(F($"<line x1=\"{x}\" y1=\"{Top - 4}\" x2=\"{x}\" y2=\"{height - 14}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>"));
            output.WriteLine(F($"<text x=\"{x}\" y=\"{height - 2}\" text-anchor=\"middle\" font-size=\"10\">{E(chart.ReferenceLabel)}</text>"));
        }
        output.WriteLine("</svg>");
    }

    // One small chart per indicator: the years along the bottom, realisasi as a solid line with
    // points, the Renstra target path dashed; the vertical axis spans the indicator's own values.
    private static void Trend(TextWriter output, TrendChart chart)
    {
        const decimal Width = 240, Height = 150, Left = 44, Right = 16, Top = 22, Bottom = 24;
        foreach (var series in chart.Series)
        {
            var values = series.Points.SelectMany(p => new[] { p.Realisasi, p.Target }).OfType<decimal>().ToArray();
            decimal low = values.Min(), high = values.Max();
            if (high == low)
            {
                high = low + 1m;
            }
            int count = series.Points.Count;
            decimal X(int i) => count == 1 ? Left : Left + (i * (Width - Left - Right) / (count - 1));
            decimal Y(decimal v) => Top + ((high - v) / (high - low) * (Height - Top - Bottom));
            output.WriteLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(series.Title)}\">"));
            output.WriteLine(F($"<title>{E(series.Title)}</title>"));
            output.WriteLine(F($"<text x=\"4\" y=\"13\" font-size=\"11\" font-weight=\"600\">{E(series.Label)}</text>"));
            output.WriteLine(F($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>"));
            output.WriteLine(F($"<text x=\"{Left - 4}\" y=\"{R(Y(high)) + 4}\" text-anchor=\"end\" font-size=\"9\">{E(Number(high))}</text>"));
            output.WriteLine(F($"<text x=\"{Left - 4}\" y=\"{R(Y(low)) + 4}\" text-anchor=\"end\" font-size=\"9\">{E(Number(low))}</text>"));
            for (int i = 0; i < count; i++)
            {
                output.WriteLine(F($"<text x=\"{R(X(i))}\" y=\"{Height - 8}\" text-anchor=\"middle\" font-size=\"9\">{series.Points[i].Year}</text>"));
            }
            Line(output, series.Points.Select((p, i) => (i, p.Target)), X, Y, "#888", dashed: true, "target Renstra");
            Line(output, series.Points.Select((p, i) => (i, p.Realisasi)), X, Y, "#1565c0", dashed: false, "realisasi");
            output.WriteLine("</svg>");
        }
    }

    private static void Line(TextWriter output, IEnumerable<(int Index, decimal? Value)> points, Func<int, decimal> x, Func<decimal, decimal> y, string colour, bool dashed, string what)
    {
        var present = points.Where(p => p.Value is not null).Select(p => (p.Index, Value: p.Value!.Value)).ToArray();
        if (present.Length == 0)
        {
            return;
        }
        string path = string.Join(' ', present.Select(p => F($"{R(x(p.Index))},{R(y(p.Value))}")));
        output.WriteLine(F($"<polyline points=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"4 3\"" : string.Empty)}/>"));
        foreach (var (index, value) in present)
        {
            output.WriteLine(F($"<circle cx=\"{R(x(index))}\" cy=\"{R(y(value))}\" r=\"{(dashed ? 2 : 3)}\" fill=\"{colour}\"><title>{E(what)}: {E(Number(value))}</title></circle>"));
        }
    }

    // Serapan along the bottom, capaian up the side, both over the same range: from 10 below the
    // lowest value to 10 above the highest (and at least to 100), in steps of 10, so that units
    // near 100 % do not crowd one corner. The diagonal is where capaian equals serapan. Labels of
    // points that fall together are stacked instead of drawn over each other.
    private static void Scatter(TextWriter output, ScatterChart chart)
    {
        const decimal Size = 300, Margin = 40, Plot = Size - Margin - 10;
        decimal low = Math.Max(0m, Math.Floor((chart.Points.Min(p => Math.Min(p.X, p.Y)) - 10m) / 10m) * 10m);
        decimal high = Math.Ceiling((Math.Max(100m, chart.Points.Max(p => Math.Max(p.X, p.Y))) + 10m) / 10m) * 10m;
        decimal step = (high - low) > 60m ? 20m : 10m;
        decimal X(decimal v) => Margin + ((Math.Clamp(v, low, high) - low) / (high - low) * Plot);
        decimal Y(decimal v) => Size - Margin - ((Math.Clamp(v, low, high) - low) / (high - low) * Plot);
        output.WriteLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Size} {Size}\" width=\"100%\" role=\"img\" aria-label=\"{E(chart.Caption)}\">"));
        output.WriteLine(F($"<rect x=\"{Margin}\" y=\"10\" width=\"{Plot}\" height=\"{Plot}\" fill=\"none\" stroke=\"#999\"/>"));
        output.WriteLine(F($"<line x1=\"{R(X(low))}\" y1=\"{R(Y(low))}\" x2=\"{R(X(high))}\" y2=\"{R(Y(high))}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>"));
        for (decimal tick = low; tick <= high; tick += step)
        {
            output.WriteLine(F($"<text x=\"{R(X(tick))}\" y=\"{Size - Margin + 14}\" text-anchor=\"middle\" font-size=\"9\">{tick}</text>"));
            output.WriteLine(F($"<text x=\"{Margin - 4}\" y=\"{R(Y(tick)) + 3}\" text-anchor=\"end\" font-size=\"9\">{tick}</text>"));
        }
        output.WriteLine(F($"<text x=\"{R((Size + Margin) / 2)}\" y=\"{Size - 6}\" text-anchor=\"middle\" font-size=\"11\">{E(chart.XLabel)} (%)</text>"));
        output.WriteLine(F($"<text x=\"12\" y=\"{R((Size - Margin) / 2)}\" text-anchor=\"middle\" font-size=\"11\" transform=\"rotate(-90 12 {R((Size - Margin) / 2)})\">{E(chart.YLabel)} (%)</text>"));
        var placed = new List<(decimal X, decimal Y)>();
        foreach (var point in chart.Points)
        {
            decimal x = R(X(point.X)), y = R(Y(point.Y));
            int near = placed.Count(p => Math.Abs(p.X - x) < 24 && Math.Abs(p.Y - y) < 12);
            placed.Add((x, y));
            output.WriteLine(F($"<circle cx=\"{x}\" cy=\"{y}\" r=\"6\" fill=\"{point.Colour}\" stroke=\"#222\"><title>{E(point.Title)}</title></circle>"));
            output.WriteLine(F($"<text x=\"{x + 8}\" y=\"{y - 6 + (near * 11)}\" font-size=\"10\">{E(point.Label)}</text>"));
        }
        output.WriteLine("</svg>");
    }

    // An indented tree: one row per node, an elbow from each parent to its children.
    private static void Tree(TextWriter output, TreeChart chart)
    {
        const decimal RowHeight = 22, Indent = 22, Top = 16, Width = 760;
        var rows = new List<(int Depth, TreeNode Node, int Parent)>();
        void Walk(TreeNode node, int depth, int parent)
        {
            int index = rows.Count;
            rows.Add((depth, node, parent));
            foreach (var child in node.Children)
            {
                Walk(child, depth + 1, index);
            }
        }
        foreach (var root in chart.Roots)
        {
            Walk(root, 0, -1);
        }
        decimal height = Top + (rows.Count * RowHeight);
        output.WriteLine(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{E(chart.Caption)}\">"));
        for (int i = 0; i < rows.Count; i++)
        {
            var (depth, node, parent) = rows[i];
            decimal x = 8 + (depth * Indent);
            decimal y = Top + (i * RowHeight);
            if (parent >= 0)
            {
                decimal px = 8 + (rows[parent].Depth * Indent) + 4;
                decimal py = Top + (parent * RowHeight) + 4;
                output.WriteLine(F($"<path d=\"M{px},{py} V{y - 4} H{x}\" fill=\"none\" stroke=\"#999\"/>"));
            }
            string label = node.Label.Length > 90 ? node.Label[..87] + "…" : node.Label;
            // The level's word in its colour, unless the name starts with it already ("Kegiatan Administrasi …").
            string level = node.Label.Replace('-', ' ').StartsWith(node.Level.Replace('-', ' '), StringComparison.OrdinalIgnoreCase) ? string.Empty : E(node.Level) + " ";
            output.WriteLine(F($"<text x=\"{x + 2}\" y=\"{y}\" font-size=\"11\" fill=\"{LevelColour(node.Level)}\"><tspan font-weight=\"600\">{level}</tspan>{E(label)}<title>{E(node.Level)}: {E(node.Label)}</title></text>"));
        }
        output.WriteLine("</svg>");
    }

    private static string LevelColour(string level) => level switch
    {
        "Tujuan" => "#0d47a1",
        "Sasaran" => "#1b7f3b",
        "Program" => "#6a1b9a",
        _ => "#8d6e63",
    };

    private static string Number(decimal value) => Text.NumberPattern.Number.Format(value);

    private static decimal R(decimal value) => decimal.Round(value, 1, MidpointRounding.AwayFromZero);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
