using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Model;

/// <summary>What kind of figure a <see cref="FigureId"/> names.</summary>
public enum FigureKind
{
    /// <summary>An indicator's target for the year (an input that reports print in several places).</summary>
    Target = 0,

    /// <summary>An indicator's realisasi for the year (an input).</summary>
    Realisasi = 1,

    /// <summary>An indicator's capaian for the year.</summary>
    Capaian = 2,

    /// <summary>The predikat of an indicator's capaian.</summary>
    Predikat = 3,

    /// <summary>A sasaran's capaian: the mean of its indicators.</summary>
    SasaranCapaian = 4,

    /// <summary>The predikat of a sasaran's capaian.</summary>
    SasaranPredikat = 5,

    /// <summary>The unit's overall capaian.</summary>
    UnitCapaian = 6,

    /// <summary>The predikat of the unit's overall capaian.</summary>
    UnitPredikat = 7,

    /// <summary>An indicator's realisasi measured against the Renstra's final-year target.</summary>
    RenstraComparison = 8,

    /// <summary>An indicator's realisasi measured against a national or provincial benchmark.</summary>
    BenchmarkComparison = 9,

    /// <summary>The APBD (murni) pagu of a budget line, a sasaran (subject = sasaran code) or the unit (empty subject).</summary>
    PaguMurni = 10,

    /// <summary>The P-APBD (perubahan) pagu of a budget line, a sasaran or the unit.</summary>
    PaguPerubahan = 11,

    /// <summary>The realisasi anggaran (money spent) of a budget line, a sasaran or the unit.</summary>
    RealisasiAnggaran = 12,

    /// <summary>The serapan (realisasi / pagu × 100) of a budget line, a sasaran or the unit.</summary>
    Serapan = 13,

    /// <summary>The sisa (pagu − realisasi) of a budget line, a sasaran or the unit.</summary>
    Sisa = 14,

    /// <summary>A budget line's share of the unit's pagu.</summary>
    Share = 15,

    /// <summary>The efficiency verdict of a sasaran, a budget line, or the unit (empty subject).</summary>
    Efficiency = 16,

    /// <summary>The unit's IKM (converted, 25–100).</summary>
    Ikm = 17,

    /// <summary>One unsur's value of the IKM (subject = the unsur's code).</summary>
    IkmUnsur = 18,

    /// <summary>The mutu pelayanan of the IKM.</summary>
    IkmMutu = 19,

    /// <summary>The IPP value.</summary>
    Ipp = 20,

    /// <summary>How many sasaran indicators (IKU) the report measures (empty subject), or how many indicators a sasaran has (subject = sasaran code).</summary>
    IndicatorCount = 21,

    /// <summary>How many sasaran the report measures (empty subject).</summary>
    SasaranCount = 22,

    /// <summary>How many tujuan the report measures (empty subject).</summary>
    TujuanCount = 23,

    /// <summary>How many budget lines of a level the budget has (subject = <c>program</c>, <c>kegiatan</c> or <c>subKegiatan</c>).</summary>
    BudgetLineCount = 24,

    /// <summary>
    /// The unit's spending of a type as its budget structure prints it (subject = <c>operasional</c> or <c>modal</c>).
    /// The model holds no budget by type, so the review compares the printings with each other.
    /// </summary>
    Belanja = 25,
}

/// <summary>
/// The stable identity of a figure of a report: its kind, its subject (an indicator code, a
/// sasaran code, a budget line key, an unsur code, or empty for the unit) and its year.
/// </summary>
/// <remarks>
/// <para>The same identity ties a computed figure to every place the report printed it, so that
/// a review can compare them all. Subjects are compared ordinally.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct FigureId
{
    private readonly string? subject;

    /// <summary>Initializes a new identity.</summary>
    /// <param name="kind">The kind of figure.</param>
    /// <param name="subject">The code or key of what the figure is about; empty for the unit.</param>
    /// <param name="year">The year, or <see langword="null"/> for a figure of the report's own year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public FigureId(FigureKind kind, string subject, FiscalYear? year = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        this.subject = Preconditions.CheckNotNull(subject).Trim();
        Year = year;
    }

    /// <summary>Gets the kind of figure.</summary>
    public FigureKind Kind { get; }

    /// <summary>Gets the code or key of what the figure is about; empty for the unit.</summary>
    public string Subject => subject ?? string.Empty;

    /// <summary>Gets the year, or <see langword="null"/> for the report's own year.</summary>
    public FiscalYear? Year { get; }

    /// <summary>Returns e.g. <c>Capaian[IKU-1]@2023</c> or <c>UnitCapaian</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}{(Subject.Length == 0 ? string.Empty : $"[{Subject}]")}{(Year is { } y ? $"@{y}" : string.Empty)}");
}

/// <summary>Where a figure was printed: a table and row, or a paragraph of the narrative, with the source line when known.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record PrintedLocation
{
    private PrintedLocation(string? table, string? row, string? paragraph, int? line)
    {
        Table = table;
        Row = row;
        Paragraph = paragraph;
        Line = line;
    }

    /// <summary>Gets the table's name as printed (e.g. <c>Tabel 3.1</c>), or <see langword="null"/> for narrative text.</summary>
    public string? Table { get; }

    /// <summary>Gets the row within the table (its number or label), or <see langword="null"/>.</summary>
    public string? Row { get; }

    /// <summary>Gets the paragraph or section of the narrative (e.g. <c>Bab III, Sasaran 1</c>), or <see langword="null"/> for a table.</summary>
    public string? Paragraph { get; }

    /// <summary>Gets the line or page of the source document, when known.</summary>
    public int? Line { get; }

    /// <summary>A cell of a table.</summary>
    /// <param name="table">The table's name as printed.</param>
    /// <param name="row">The row's number or label, if any.</param>
    /// <param name="line">The source line, if known.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="table"/> is blank.</exception>
    public static PrintedLocation InTable(string table, string? row = null, int? line = null) =>
        new(Preconditions.CheckNotBlank(table).Trim(), row, null, line);

    /// <summary>A place in the narrative text.</summary>
    /// <param name="paragraph">The paragraph or section.</param>
    /// <param name="line">The source line, if known.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paragraph"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paragraph"/> is blank.</exception>
    public static PrintedLocation InText(string paragraph, int? line = null) =>
        new(null, null, Preconditions.CheckNotBlank(paragraph).Trim(), line);

    /// <summary>Returns e.g. <c>Tabel 3.1, baris 2 (L515)</c> or <c>Bab III, Sasaran 1 (L594)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string place = Table is not null ? (Row is null ? Table : $"{Table}, baris {Row}") : Paragraph!;
        return Line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{place} (L{l})") : place;
    }
}

/// <summary>
/// One occurrence of a figure as a report printed it: which figure, where, and the text exactly
/// as printed (<c>95%</c>, <c>Rp 2.911.311.160,40</c>, <c>Sangat Baik</c>). A report may carry any
/// number of occurrences of the same figure; the results keep them beside the computed value.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record PrintedFigure
{
    /// <summary>Initializes a new occurrence.</summary>
    /// <param name="figure">The figure printed.</param>
    /// <param name="location">Where it was printed.</param>
    /// <param name="text">The text exactly as printed; never parsed or trimmed here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> or <paramref name="text"/> is null.</exception>
    public PrintedFigure(FigureId figure, PrintedLocation location, string text)
    {
        Figure = figure;
        Location = Preconditions.CheckNotNull(location);
        Text = Preconditions.CheckNotNull(text);
    }

    /// <summary>Gets the figure printed.</summary>
    public FigureId Figure { get; }

    /// <summary>Gets where it was printed.</summary>
    public PrintedLocation Location { get; }

    /// <summary>Gets the text exactly as printed.</summary>
    public string Text { get; }
}

/// <summary>
/// Finds a row's printed occurrences in a report's printed figures indexed by figure: one rule
/// for which figures belong to an indicator, a sasaran or the unit, shared by every table.
/// </summary>
internal static class PrintedLookup
{
    /// <summary>The figures of an indicator-year row.</summary>
    internal static readonly FigureKind[] Indicator =
        [FigureKind.Target, FigureKind.Realisasi, FigureKind.Capaian, FigureKind.Predikat, FigureKind.RenstraComparison, FigureKind.BenchmarkComparison];

    /// <summary>The figures of a sasaran row.</summary>
    internal static readonly FigureKind[] Sasaran =
        [FigureKind.SasaranCapaian, FigureKind.SasaranPredikat, FigureKind.Serapan, FigureKind.PaguMurni, FigureKind.PaguPerubahan,
            FigureKind.RealisasiAnggaran, FigureKind.Sisa, FigureKind.Efficiency];

    /// <summary>The figures of the unit row.</summary>
    internal static readonly FigureKind[] Unit = [FigureKind.UnitCapaian, FigureKind.UnitPredikat];

    /// <summary>
    /// Returns the occurrences of a subject's figures of the given kinds, kind by kind: those
    /// printed for the year first, then those printed without a year.
    /// </summary>
    internal static EquatableArray<PrintedFigure> Of(ILookup<FigureId, PrintedFigure> printed, string subject, FiscalYear? year, FigureKind[] kinds)
    {
        var found = new List<PrintedFigure>();
        foreach (var kind in kinds)
        {
            if (year is { } y)
            {
                found.AddRange(printed[new FigureId(kind, subject, y)]);
            }
            found.AddRange(printed[new FigureId(kind, subject)]);
        }
        return EquatableArray.Create<PrintedFigure>(found);
    }
}

/// <summary>How a <see cref="PrintedAggregate"/> combines its parts.</summary>
public enum AggregateOperation
{
    /// <summary>The result is the sum of the parts (a total).</summary>
    Sum = 0,

    /// <summary>The result is the arithmetic mean of the parts (an average quoted in the text).</summary>
    Mean = 1,

    /// <summary>The result is the first part minus the others (a rise or fall quoted in the text: "penurunan sebesar 4 %" from 100 % to 95 %).</summary>
    Difference = 2,
}

/// <summary>
/// A sum or mean a report prints over parts it also prints, outside the budget tree and the
/// indicator means: population by sex, livelihood shares that must reach 100 %, staff counts, an
/// average of printed percentages quoted in the text. Parts and result are kept as printed; the
/// review reads and checks them.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record PrintedAggregate
{
    /// <summary>Initializes a new aggregate.</summary>
    /// <param name="operation">Sum or mean.</param>
    /// <param name="label">What is aggregated, e.g. <c>Jumlah penduduk</c>.</param>
    /// <param name="location">Where the result is printed (or, when implied, where the parts are).</param>
    /// <param name="parts">The parts exactly as printed, in printed order.</param>
    /// <param name="result">The result exactly as printed, or the result the parts must reach when <paramref name="implied"/>.</param>
    /// <param name="implied"><see langword="true"/> when no result is printed and <paramref name="result"/> is what the parts must reach (100 for shares).</param>
    /// <exception cref="ArgumentNullException">A reference argument or a part is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank, or there are no parts.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operation"/> is undefined.</exception>
    public PrintedAggregate(AggregateOperation operation, string label, PrintedLocation location, IEnumerable<string> parts, string result, bool implied = false)
    {
        Operation = Preconditions.CheckDefined(operation);
        Label = Preconditions.CheckNotBlank(label).Trim();
        Location = Preconditions.CheckNotNull(location);
        Parts = new EquatableArray<string>(Preconditions.CheckElementsNotNull(parts));
        if (Parts.IsEmpty)
        {
            throw new ArgumentException("An aggregate needs at least one part.", nameof(parts));
        }
        Result = Preconditions.CheckNotNull(result);
        IsImplied = implied;
    }

    /// <summary>Gets whether the result is the sum or the mean of the parts.</summary>
    public AggregateOperation Operation { get; }

    /// <summary>Gets what is aggregated.</summary>
    public string Label { get; }

    /// <summary>Gets where the result is printed.</summary>
    public PrintedLocation Location { get; }

    /// <summary>Gets the parts exactly as printed.</summary>
    public EquatableArray<string> Parts { get; }

    /// <summary>Gets the result exactly as printed (or the implied result).</summary>
    public string Result { get; }

    /// <summary>Gets whether <see cref="Result"/> is implied rather than printed.</summary>
    public bool IsImplied { get; }
}

/// <summary>One band of a rating scale as a report prints it: code, label, bounds, and the text it was read from.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record PrintedScaleBand
{
    /// <summary>Initializes a band as printed.</summary>
    /// <param name="code">The code printed (<c>ST</c>, <c>B</c>, <c>A-</c>).</param>
    /// <param name="label">The label printed (<c>Sangat Tinggi</c>, <c>Baik (DC)</c>).</param>
    /// <param name="lower">The lower bound as printed (<see cref="BandBound.Unbounded"/> for "≤ 50").</param>
    /// <param name="upper">The upper bound as printed (<see cref="BandBound.Unbounded"/> for "≥ 90").</param>
    /// <param name="text">The band's interval text exactly as printed (<c>76 ≤ 90</c>, <c>Nilai &gt;60 – 70</c>).</param>
    /// <param name="line">The source line, if known.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="label"/> is blank.</exception>
    public PrintedScaleBand(string code, string label, BandBound lower, BandBound upper, string text, int? line = null)
    {
        Code = Preconditions.CheckNotBlank(code).Trim();
        Label = Preconditions.CheckNotBlank(label).Trim();
        Lower = lower;
        Upper = upper;
        Text = Preconditions.CheckNotNull(text);
        Line = line;
    }

    /// <summary>Gets the code printed.</summary>
    public string Code { get; }

    /// <summary>Gets the label printed.</summary>
    public string Label { get; }

    /// <summary>Gets the lower bound as printed.</summary>
    public BandBound Lower { get; }

    /// <summary>Gets the upper bound as printed.</summary>
    public BandBound Upper { get; }

    /// <summary>Gets the interval text exactly as printed.</summary>
    public string Text { get; }

    /// <summary>Gets the source line, if known.</summary>
    public int? Line { get; }
}

/// <summary>
/// A rating scale as a report prints it (a kriteria table, a list of IPP categories), holes,
/// overlaps and repeated codes included: the review reports them. A report grades with the
/// scale its policies name, not with this copy.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record PrintedScale
{
    /// <summary>Initializes a scale as printed.</summary>
    /// <param name="name">What the scale grades, e.g. <c>Skala nilai peringkat kinerja (Tabel 3.1)</c>.</param>
    /// <param name="location">Where it is printed.</param>
    /// <param name="bands">The bands in printed order.</param>
    /// <param name="valueDecimals">The decimals of the values the scale grades (2 for capaian printed as 85,23): a hole no such value falls in (88,30 to 88,31) is not a defect.</param>
    /// <exception cref="ArgumentNullException">A reference argument or a band is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or there are no bands.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valueDecimals"/> is outside 0–10.</exception>
    public PrintedScale(string name, PrintedLocation location, IEnumerable<PrintedScaleBand> bands, int valueDecimals = 2)
    {
        Name = Preconditions.CheckNotBlank(name).Trim();
        Location = Preconditions.CheckNotNull(location);
        Bands = new EquatableArray<PrintedScaleBand>(Preconditions.CheckElementsNotNull(bands));
        if (Bands.IsEmpty)
        {
            throw new ArgumentException("A printed scale needs at least one band.", nameof(bands));
        }
        ValueDecimals = Preconditions.CheckRange(valueDecimals, 0, 10);
    }

    /// <summary>Gets what the scale grades.</summary>
    public string Name { get; }

    /// <summary>Gets where it is printed.</summary>
    public PrintedLocation Location { get; }

    /// <summary>Gets the bands in printed order.</summary>
    public EquatableArray<PrintedScaleBand> Bands { get; }

    /// <summary>Gets the decimals of the values the scale grades.</summary>
    public int ValueDecimals { get; }
}
