using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// Lays a <see cref="ReportDocument"/> out as one self-contained HTML page (no external scripts,
/// fonts or styles): Indonesian headings, the notes, the tables (sideways scroll on a phone, no
/// cut rows on A4, a page per report), each chart as inline SVG, a cell the review found wrong
/// marked and linked to its finding, and the findings listed at the end with links back to their
/// cells. Layout only: every text is the builder's.
/// </summary>
internal static class HtmlRenderer
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.4}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
        th,td{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top}
        th{background:#eef2f6;text-align:left}
        td.num{text-align:right;white-space:nowrap}
        td.finding{background:#fde8e8}
        a.ref{color:#a40000;font-weight:600;text-decoration:none;white-space:nowrap}
        tr.total td{font-weight:600;background:#f7f7f7}
        ul.notes{font-size:.9rem;color:#333}
        ol.findings li{margin:.35rem 0}
        .severity{font-weight:600;text-transform:uppercase;font-size:.8rem}
        figure{margin:0 0 1rem}figure svg{height:auto;display:block}figcaption{font-size:.85rem;color:#444}
        .bars svg{max-width:40rem}.scatter svg{max-width:24rem}.tree svg{max-width:48rem}
        .multiples{display:flex;flex-wrap:wrap;gap:.5rem}.multiples svg{width:15rem}
        @page{size:A4;margin:12mm}
        @media print{body{max-width:none;margin:0;font-size:9pt}.scroll{overflow:visible}table{font-size:7.5pt}th,td{padding:2px 3px}td.num{white-space:normal}section.report{break-before:page}section.report:first-of-type{break-before:auto}h1,h2,ul.notes{break-after:avoid}tr,figure{break-inside:avoid}thead{display:table-header-group}a.ref{color:#a40000}}
        """;

    public static void Write(TextWriter output, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"id\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>{E(document.Title)}</title>");
        output.WriteLine($"<style>{Style}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        foreach (var unit in document.Units)
        {
            WriteUnit(output, unit);
        }
        if (document.Summary is { } summary)
        {
            output.WriteLine("<section class=\"report\" id=\"summary\">");
            output.WriteLine($"<h1>{E(document.Title)}</h1>");
            WriteTable(output, summary, []);
            output.WriteLine("</section>");
        }
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteUnit(TextWriter output, UnitDocument unit)
    {
        // The first cell showing each finding carries the anchor the list links back to.
        var marked = new HashSet<string>(StringComparer.Ordinal);
        output.WriteLine($"<section class=\"report\" id=\"{unit.Id}\">");
        output.WriteLine($"<h1>{E(unit.Title)}</h1>");
        foreach (var section in unit.Sections)
        {
            output.WriteLine($"<section class=\"part\" id=\"{section.Id}\">");
            output.WriteLine($"<h2>{E(section.Heading)}</h2>");
            if (section.Notes.Count > 0)
            {
                output.WriteLine("<ul class=\"notes\">" + string.Concat(section.Notes.Select(n => $"<li>{E(n)}</li>")) + "</ul>");
            }
            if (section.Table is { } table)
            {
                WriteTable(output, table, marked);
            }
            if (section.Chart is { } chart)
            {
                SvgCharts.Write(output, chart);
            }
            output.WriteLine("</section>");
        }
        if (unit.HasReview)
        {
            output.WriteLine($"<h2 id=\"{unit.FindingsId}\">Temuan pemeriksaan angka tercetak ({unit.Findings.Count.ToString(CultureInfo.InvariantCulture)})</h2>");
            output.WriteLine($"<p>{E(unit.Checked!)}</p>");
            if (unit.Findings.Count > 0)
            {
                output.WriteLine("<ol class=\"findings\">");
                foreach (var entry in unit.Findings)
                {
                    string back = marked.Contains(entry.Id) ? $" <a href=\"#cell-{entry.Id}\">(lihat sel)</a>" : string.Empty;
                    output.WriteLine($"<li id=\"{entry.Id}\"><span class=\"severity\">{E(CellText.Severity(entry.Finding.Severity))}</span> — {E(CellText.Places(entry.Finding))}: {E(entry.Finding.Explanation)}{back}</li>");
                }
                output.WriteLine("</ol>");
            }
        }
        output.WriteLine("</section>");
    }

    private static void WriteTable(TextWriter output, ReportTable table, HashSet<string> marked)
    {
        output.WriteLine("<div class=\"scroll\"><table>");
        output.WriteLine("<thead><tr>" + string.Concat(table.Columns.Select(c => $"<th scope=\"col\">{E(c.Header)}</th>")) + "</tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select((cell, i) => Cell(cell, table.Columns[i].Numeric, marked));
            output.WriteLine((row.IsTotal ? "<tr class=\"total\">" : "<tr>") + string.Concat(cells) + "</tr>");
        }
        output.WriteLine("</tbody></table></div>");
    }

    private static string Cell(ReportCell cell, bool numeric, HashSet<string> marked)
    {
        var findings = cell.FindingsOrEmpty;
        var classes = new List<string>();
        if (numeric)
        {
            classes.Add("num");
        }
        if (findings.Count > 0)
        {
            classes.Add("finding");
        }
        string anchor = findings.FirstOrDefault(f => marked.Add(f.Id)) is { } first ? $" id=\"cell-{first.Id}\"" : string.Empty;
        string attributes = (classes.Count > 0 ? $" class=\"{string.Join(' ', classes)}\"" : string.Empty) + anchor;
        string text = cell.Link is { } link ? $"<a href=\"#{link}\">{E(cell.Text)}</a>" : E(cell.Text);
        string refs = string.Concat(findings.Select(f =>
            $" <a class=\"ref\" href=\"#{f.Id}\" title=\"{E(f.Finding.Explanation)}\">[temuan {f.Number.ToString(CultureInfo.InvariantCulture)}]</a>"));
        return $"<td{attributes}>{text}{refs}</td>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
