using System.Collections.Generic;

namespace Sakip.Measurement.Cli.Rendering;

// The tool's one model of what a report shows. ReportBuilder fills it from the library's results
// and review; the renderers (Markdown, HTML, CSV, JSON) only lay it out, so every format shows
// the same figures, worded once.

/// <summary>Everything <c>sakip report</c> shows: one part per report, and the summary across units when there are several.</summary>
/// <param name="Units">One part per report, in the order the files were given.</param>
/// <param name="Summary">The table across units; null for a single report.</param>
internal sealed record ReportDocument(IReadOnlyList<UnitDocument> Units, ReportTable? Summary)
{
    /// <summary>The title of the whole document: the unit and year for one report, the count for several.</summary>
    public string Title => Units.Count == 1 ? Units[0].Title : $"Ringkasan {Units.Count} laporan kinerja";
}

/// <summary>One report: its sections in Bab III order and the review's findings.</summary>
/// <param name="Id">A short identifier unique in the document (<c>r1</c>, <c>r2</c> …), the prefix of every anchor.</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="Year">The year measured.</param>
/// <param name="Sections">The tables and charts, in the order a report gives them.</param>
/// <param name="Findings">Every finding of the review, numbered, in the review's order.</param>
/// <param name="Checked">How many printed figures and printed sums the review compared, worded; null when the part has no review (an LKE alone).</param>
/// <param name="Subject">What the part is: "pengukuran kinerja" for a report, "evaluasi SAKIP (LKE)" for a worksheet alone.</param>
internal sealed record UnitDocument(string Id, string Unit, FiscalYear Year, IReadOnlyList<ReportSection> Sections, IReadOnlyList<FindingEntry> Findings, string? Checked,
    string Subject = "pengukuran kinerja")
{
    /// <summary>The heading of the report's part.</summary>
    public string Title => $"{Unit} — {Subject} tahun {Year}";

    /// <summary>Whether the part has a review whose findings it lists.</summary>
    public bool HasReview => Checked is not null;

    /// <summary>The anchor of the list of findings.</summary>
    public string FindingsId => Id + "-findings";
}

/// <summary>A finding of the review with its number and anchor in the document.</summary>
/// <param name="Id">The anchor (<c>r1-f3</c>).</param>
/// <param name="Number">The finding's number in its report, from 1.</param>
/// <param name="Finding">The library's finding.</param>
internal sealed record FindingEntry(string Id, int Number, Finding Finding);

/// <summary>One heading with the rule and policy notes under it, and its table and chart.</summary>
/// <param name="Id">The anchor and the machine name of the section (<c>r1-capaian-1</c>).</param>
/// <param name="Kind">What the section holds, the same for every report (<c>capaian</c>, <c>anggaran</c> …): the CSV and JSON key.</param>
/// <param name="Heading">The Indonesian heading.</param>
/// <param name="Notes">The rule and the policy the figures follow, one sentence each.</param>
/// <param name="Table">The table, if the section has one.</param>
/// <param name="Chart">The chart, if the section has one.</param>
internal sealed record ReportSection(string Id, string Kind, string Heading, IReadOnlyList<string> Notes, ReportTable? Table, Chart? Chart = null);

/// <summary>A table: its columns and rows of cells.</summary>
/// <param name="Columns">The columns, left to right.</param>
/// <param name="Rows">The rows; each has one cell per column.</param>
internal sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<ReportRow> Rows);

/// <summary>A column: its header and whether it holds numbers (right-aligned).</summary>
internal sealed record ReportColumn(string Header, bool Numeric = false);

/// <summary>A row of cells; a total row (a mean, a sum) is set apart.</summary>
internal sealed record ReportRow(IReadOnlyList<ReportCell> Cells, bool IsTotal = false);

/// <summary>
/// A cell: its text as shown (id-ID), the exact number behind it when it is one (for CSV and
/// JSON), and the findings of the review about the figure it shows.
/// </summary>
/// <param name="Text">The text, formatted once by the builder.</param>
/// <param name="Value">The exact value, unrounded, when the cell is a number.</param>
/// <param name="Findings">The findings about this cell's figure (their anchors), in the review's order.</param>
/// <param name="Link">An anchor the cell links to (a report's part, in the summary).</param>
internal sealed record ReportCell(string Text, decimal? Value = null, IReadOnlyList<FindingEntry>? Findings = null, string? Link = null)
{
    /// <summary>An empty cell.</summary>
    public static ReportCell Empty { get; } = new(string.Empty);

    /// <summary>The findings, never null.</summary>
    public IReadOnlyList<FindingEntry> FindingsOrEmpty => Findings ?? [];

    public static implicit operator ReportCell(string text) => new(text);
}

/// <summary>A chart: data only; the HTML renderer draws it as inline SVG.</summary>
/// <param name="Caption">What the chart shows and how to read it.</param>
internal abstract record Chart(string Caption);

/// <summary>Horizontal bars against a reference line (capaian per indicator with 100 %, IKM per unsur).</summary>
/// <param name="Caption">The caption.</param>
/// <param name="Bars">The bars, top to bottom.</param>
/// <param name="Maximum">The value at the right edge; longer bars are cut there.</param>
/// <param name="Reference">The value of the dashed reference line, if any.</param>
/// <param name="ReferenceLabel">The reference line's label.</param>
internal sealed record BarChart(string Caption, IReadOnlyList<Bar> Bars, decimal Maximum, decimal? Reference, string ReferenceLabel) : Chart(Caption);

/// <summary>One bar: its label, value, the value's text, a tooltip and a colour.</summary>
internal sealed record Bar(string Label, decimal Value, string ValueText, string Title, string Colour);

/// <summary>Small line charts, one per indicator: realisasi across years against the Renstra target path.</summary>
internal sealed record TrendChart(string Caption, IReadOnlyList<TrendSeries> Series) : Chart(Caption);

/// <summary>One indicator's years: realisasi where reported and the Renstra target of each year of the period.</summary>
/// <param name="Label">The indicator's code.</param>
/// <param name="Title">The indicator's name and satuan.</param>
/// <param name="Points">One point per year of the Renstra period, in order.</param>
internal sealed record TrendSeries(string Label, string Title, IReadOnlyList<TrendPoint> Points);

/// <summary>A year's realisasi and Renstra target; either may be absent.</summary>
internal sealed record TrendPoint(FiscalYear Year, decimal? Realisasi, decimal? Target);

/// <summary>Points on two percentage axes: serapan (x) against capaian (y) per sasaran, the efficiency picture.</summary>
internal sealed record ScatterChart(string Caption, string XLabel, string YLabel, IReadOnlyList<ScatterPoint> Points) : Chart(Caption);

/// <summary>One point: its label, coordinates, tooltip and colour.</summary>
internal sealed record ScatterPoint(string Label, decimal X, decimal Y, string Title, string Colour);

/// <summary>The cascade as a tree: tujuan → sasaran → program → kegiatan.</summary>
internal sealed record TreeChart(string Caption, IReadOnlyList<TreeNode> Roots) : Chart(Caption);

/// <summary>A node of the cascade: its level's word, its label and its children.</summary>
internal sealed record TreeNode(string Level, string Label, IReadOnlyList<TreeNode> Children);
