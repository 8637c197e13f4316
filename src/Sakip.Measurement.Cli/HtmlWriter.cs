using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;

namespace Sakip.Measurement.Cli;

/// <summary>
/// Writes reports as one self-contained HTML file (no external scripts, fonts or styles):
/// Indonesian headings, id-ID numbers, the capaian table of each Renstra with the review's
/// finding marked on the printed cell and linked to the list of findings at the end, and an
/// inline SVG chart of capaian per indicator coloured by predikat with the 100 % line. Tables
/// scroll sideways on a phone and print to A4 without cut rows. Formatting only: every figure
/// and verdict is the library's, worded by <see cref="MarkdownWriter"/>'s cell helpers.
/// </summary>
internal static class HtmlWriter
{
    // The stylesheet: readable on a phone, printable to A4 (a page per report, rows never cut).
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a;line-height:1.4}
        h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
        th,td{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top}
        th{background:#eef2f6;text-align:left}
        td.num{text-align:right;white-space:nowrap}
        td.finding{background:#fde8e8}
        td.finding a{color:#a40000;font-weight:600}
        tr.mean td{font-weight:600;background:#f7f7f7}
        ul.policy{font-size:.9rem;color:#333}
        ol.findings li{margin:.35rem 0}
        .severity{font-weight:600;text-transform:uppercase;font-size:.8rem}
        figure{margin:0 0 1rem}figure svg{max-width:36rem;height:auto;display:block}figcaption{font-size:.85rem;color:#444}
        @media print{body{max-width:none;margin:0}.scroll{overflow:visible}section.report{break-before:page}section.report:first-of-type{break-before:auto}tr,figure{break-inside:avoid}thead{display:table-header-group}}
        """;

    /// <summary>Writes the reports, their findings and, for several, a summary table.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="reports">Each report with its capaian tables and its review.</param>
    public static void Write(TextWriter output, IReadOnlyList<(Lkip Report, IReadOnlyList<CapaianTable> Tables, ReviewResult Review)> reports)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reports);
        string title = reports.Count == 1 ? $"{reports[0].Report.Unit.Name} — laporan kinerja {reports[0].Report.Year}" : $"{reports.Count} laporan kinerja";
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"id\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>{E(title)}</title>");
        output.WriteLine($"<style>{Style}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        for (int i = 0; i < reports.Count; i++)
        {
            WriteReport(output, reports[i].Report, reports[i].Tables, reports[i].Review, $"r{i + 1}");
        }
        if (reports.Count > 1)
        {
            WriteSummary(output, reports);
        }
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteReport(TextWriter output, Lkip report, IReadOnlyList<CapaianTable> tables, ReviewResult review, string id)
    {
        // Findings are records: two equal findings (the same printing twice) still get their own anchors.
        var anchors = new Dictionary<Finding, string>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < review.Findings.Count; i++)
        {
            anchors[review.Findings[i]] = string.Create(CultureInfo.InvariantCulture, $"{id}-f{i + 1}");
        }
        output.WriteLine($"<section class=\"report\" id=\"{id}\">");
        output.WriteLine($"<h1>{E(report.Unit.Name)} — pengukuran kinerja tahun {report.Year}</h1>");
        foreach (var table in tables)
        {
            WriteTable(output, table, review, anchors);
        }
        if (review.Results.Budget is { } budget)
        {
            output.WriteLine("<h2>Realisasi anggaran</h2>");
            output.WriteLine("<div class=\"scroll\"><table>");
            output.WriteLine("<thead><tr>" + string.Concat(MarkdownWriter.BudgetHeader.Select(h => $"<th scope=\"col\">{E(h)}</th>")) + "</tr></thead>");
            output.WriteLine("<tbody>");
            var rows = MarkdownWriter.BudgetRows(budget).ToArray();
            for (int i = 0; i < rows.Length; i++)
            {
                string cells = Td(rows[i][0]) + Td(rows[i][1]) + string.Concat(rows[i].Skip(2).Select(Num));
                output.WriteLine(i == rows.Length - 1 ? $"<tr class=\"mean\">{cells}</tr>" : $"<tr>{cells}</tr>");
            }
            output.WriteLine("</tbody></table></div>");
            var efficiency = MarkdownWriter.EfficiencyRows(review.Results).ToArray();
            if (efficiency.Length > 0)
            {
                output.WriteLine("<h2>Efisiensi penggunaan sumber daya</h2>");
                output.WriteLine($"<p>Kebijakan efisiensi laporan: {E(review.Results.Policies.Efficiency.ToString() ?? string.Empty)}.</p>");
                output.WriteLine("<div class=\"scroll\"><table>");
                output.WriteLine("<thead><tr>" + string.Concat(MarkdownWriter.EfficiencyHeader.Select(h => $"<th scope=\"col\">{E(h)}</th>")) + "</tr></thead><tbody>");
                foreach (var row in efficiency)
                {
                    output.WriteLine("<tr>" + Td(row[0]) + Num(row[1]) + Num(row[2]) + Td(row[3]) + Td(row[4]) + "</tr>");
                }
                output.WriteLine("</tbody></table></div>");
            }
        }
        var indices = MarkdownWriter.IndexRows(review.Results).ToArray();
        if (indices.Length > 0)
        {
            output.WriteLine("<h2>IKM dan IPP</h2>");
            output.WriteLine("<div class=\"scroll\"><table><thead><tr>" + string.Concat(MarkdownWriter.IndexHeader.Select(h => $"<th scope=\"col\">{E(h)}</th>")) + "</tr></thead><tbody>");
            foreach (var row in indices)
            {
                output.WriteLine("<tr>" + Td(row[0]) + Num(row[1]) + Td(row[2]) + "</tr>");
            }
            output.WriteLine("</tbody></table></div>");
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<h2 id=\"{id}-findings\">Temuan pemeriksaan angka tercetak ({review.Findings.Count})</h2>"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p>{review.CheckedFigures} angka tercetak dibandingkan dengan hitungan, {review.CheckedAggregates} jumlah/rata-rata tercetak diperiksa.</p>"));
        if (review.Findings.Count > 0)
        {
            output.WriteLine("<ol class=\"findings\">");
            foreach (var finding in review.Findings)
            {
                string places = string.Join("; ", finding.Locations.Select(l => l.ToString()));
                output.WriteLine($"<li id=\"{anchors[finding]}\"><span class=\"severity\">{MarkdownWriter.Severity(finding.Severity)}</span> — {E(places)}: {E(finding.Explanation)}</li>");
            }
            output.WriteLine("</ol>");
        }
        output.WriteLine("</section>");
    }

    private static void WriteTable(TextWriter output, CapaianTable table, ReviewResult review, Dictionary<Finding, string> anchors)
    {
        bool caps = MarkdownWriter.Caps(table.Policy);
        output.WriteLine($"<h2>{E(table.Renstra.Name)} — periode {table.Renstra.Period}</h2>");
        output.WriteLine("<ul class=\"policy\">");
        output.WriteLine($"<li>Skala predikat: {E(table.Scale.Name)}</li>");
        output.WriteLine($"<li>Batas capaian: {E(table.Policy.Capping.Name)}; predikat dan rata-rata dihitung dari capaian {(table.Basis == CapaianBasis.Capped ? "yang dibatasi" : "tanpa batas")}.</li>");
        output.WriteLine("<li>Target: yang berlaku pada tahun itu — PK Perubahan; jika tidak ada, PK; jika tidak ada, target Renstra.</li>");
        output.WriteLine("</ul>");
        output.WriteLine($"<h3>Pengukuran realisasi kinerja tahun {table.Year}</h3>");
        output.WriteLine("<div class=\"scroll\"><table>");
        var header = new List<string> { "No", "Sasaran/Tujuan", "Indikator", "Target", "Realisasi", "Capaian" };
        if (caps)
        {
            header.Add($"Capaian ({table.Policy.Capping.Name.ToLowerInvariant()})");
        }
        header.AddRange(["Predikat", "Capaian tercetak", "Selisih"]);
        output.WriteLine("<thead><tr>" + string.Concat(header.Select(h => $"<th scope=\"col\">{E(h)}</th>")) + "</tr></thead>");
        output.WriteLine("<tbody>");
        int number = 0;
        foreach (var row in table.Rows)
        {
            number++;
            var cells = new List<string>
            {
                Num(number.ToString(CultureInfo.InvariantCulture)),
                Td(MarkdownWriter.Owner(row)),
                Td(row.Indikator.Name),
                Num(row.Target is Target t ? MarkdownWriter.FormatTarget(t, row.Indikator.Satuan) : MarkdownWriter.None),
                Num(row.Realisasi is IndicatorValue r ? MarkdownWriter.FormatValue(r, row.Indikator.Satuan) : MarkdownWriter.None),
                Num(MarkdownWriter.FormatRaw(row.Capaian, "tanpa target")),
            };
            if (caps)
            {
                cells.Add(Num(row.Capaian.HasValue ? MarkdownWriter.Percent.Format(row.Capaian.Value) : MarkdownWriter.None));
            }
            cells.Add(Td(row.Predikat is PredikatBand band ? $"{band.Code} ({band.Label})" : MarkdownWriter.None));
            // The printed cell, marked and linked when the review found something in it.
            string printed = MarkdownWriter.PrintedCapaian(row) ?? string.Empty;
            cells.Add(MarkdownWriter.CellFinding(row, review) is { } finding
                ? $"<td class=\"num finding\"><a href=\"#{anchors[finding]}\">{E(printed)}</a></td>"
                : Num(printed));
            cells.Add(Td(MarkdownWriter.Difference(row, review).Replace("**", string.Empty, StringComparison.Ordinal)));
            output.WriteLine("<tr>" + string.Concat(cells) + "</tr>");
        }
        var mean = table.Mean;
        var meanCells = new List<string> { Td(string.Empty), Td("Rata-rata capaian"),
            Td(string.Create(CultureInfo.InvariantCulture, $"{mean.Included} indikator sasaran")), Td(string.Empty), Td(string.Empty) };
        if (caps)
        {
            meanCells.Add(Num(table.RawMean.ValueOrNull is decimal raw ? MarkdownWriter.Percent.Format(raw) : MarkdownWriter.None));
        }
        meanCells.Add(Num(mean.ValueOrNull is decimal value ? MarkdownWriter.Percent.Format(value) : MarkdownWriter.None));
        meanCells.Add(Td(table.MeanPredikat.Band is { } meanBand ? $"{meanBand.Code} ({meanBand.Label})" : MarkdownWriter.None));
        meanCells.AddRange([Td(string.Empty), Td(string.Empty)]);
        output.WriteLine("<tr class=\"mean\">" + string.Concat(meanCells) + "</tr>");
        output.WriteLine("</tbody></table></div>");
        WriteCapaianChart(output, table);
    }

    // Horizontal bars: one per indicator with a capaian, its length the capaian the predikat uses
    // (to 150 %), its colour the predikat's, and a dashed line at 100 %.
    private static void WriteCapaianChart(TextWriter output, CapaianTable table)
    {
        var rows = table.Rows.Where(r => r.Capaian.HasValue).ToArray();
        if (rows.Length == 0)
        {
            return;
        }
        const int Left = 90, Width = 360, BarHeight = 18, Gap = 8, Top = 10;
        int height = Top + (rows.Length * (BarHeight + Gap)) + 20;
        decimal Scale(decimal percent) => Math.Clamp(percent, 0m, 150m) / 150m * Width;
        output.WriteLine("<figure>");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Left + Width + 80} {height}\" width=\"100%\" role=\"img\" aria-label=\"Capaian per indikator\">"));
        for (int i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            decimal value = table.Basis == CapaianBasis.Raw ? row.Capaian.Raw : row.Capaian.Value;
            int y = Top + (i * (BarHeight + Gap));
            string colour = Colour(table.Scale, row.Predikat);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<text x=\"{Left - 6}\" y=\"{y + 13}\" text-anchor=\"end\" font-size=\"11\">{E(row.Indikator.Code)}</text>"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<rect x=\"{Left}\" y=\"{y}\" width=\"{decimal.Round(Scale(value), 1)}\" height=\"{BarHeight}\" fill=\"{colour}\"><title>{E(row.Indikator.Name)}: {E(MarkdownWriter.Percent.Format(value))}</title></rect>"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<text x=\"{Left + decimal.Round(Scale(value), 1) + 4}\" y=\"{y + 13}\" font-size=\"11\">{E(MarkdownWriter.Percent.Format(value))}</text>"));
        }
        decimal hundred = decimal.Round(Scale(100m), 1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<line x1=\"{Left + hundred}\" y1=\"{Top - 4}\" x2=\"{Left + hundred}\" y2=\"{height - 14}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<text x=\"{Left + hundred}\" y=\"{height - 2}\" text-anchor=\"middle\" font-size=\"10\">100%</text>"));
        output.WriteLine("</svg>");
        output.WriteLine($"<figcaption>Capaian per indikator tahun {table.Year}, warna menurut predikat ({E(table.Scale.Name)}); garis putus-putus: 100%.</figcaption>");
        output.WriteLine("</figure>");
    }

    // The band's own colour when the scale names one, else a fixed palette by rank (best first).
    private static string Colour(PredikatScale scale, PredikatBand? band)
    {
        string[] palette = ["#1b7f3b", "#4caf50", "#8bc34a", "#cddc39", "#ffc107", "#ff9800", "#f44336", "#b71c1c"];
        if (band is null)
        {
            return "#9e9e9e";
        }
        var ranked = scale.Bands.OrderByDescending(b => b.Lower.IsUnbounded ? decimal.MinValue : b.Lower.Value).ToList();
        int rank = ranked.IndexOf(band);
        return rank < 0 ? "#9e9e9e" : palette[Math.Min(rank, palette.Length - 1)];
    }

    private static void WriteSummary(TextWriter output, IReadOnlyList<(Lkip Report, IReadOnlyList<CapaianTable> Tables, ReviewResult Review)> reports)
    {
        output.WriteLine("<section class=\"report\" id=\"summary\">");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<h1>Ringkasan {reports.Count} laporan</h1>"));
        output.WriteLine("<div class=\"scroll\"><table><thead><tr><th>Unit</th><th>Tahun</th><th>Rata-rata capaian</th><th>Predikat</th><th>Serapan anggaran</th><th>Temuan</th></tr></thead><tbody>");
        for (int i = 0; i < reports.Count; i++)
        {
            var (report, _, review) = reports[i];
            var (mean, predikat, serapan) = MarkdownWriter.SummaryFigures(review);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"#r{i + 1}\">{E(report.Unit.Name)}</a></td><td class=\"num\">{report.Year}</td><td class=\"num\">{mean}</td><td>{E(predikat)}</td><td class=\"num\">{serapan}</td><td class=\"num\"><a href=\"#r{i + 1}-findings\">{review.Findings.Count}</a></td></tr>"));
        }
        output.WriteLine("</tbody></table></div>");
        output.WriteLine("</section>");
    }

    private static string Td(string text) => $"<td>{E(text)}</td>";

    private static string Num(string text) => $"<td class=\"num\">{E(text)}</td>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
