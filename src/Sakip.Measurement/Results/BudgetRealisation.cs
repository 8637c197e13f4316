using System;
using System.Collections.Generic;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Model;

namespace Sakip.Measurement.Results;

/// <summary>Which pagu a figure was actually computed against.</summary>
public enum PaguKind
{
    /// <summary>No pagu was available.</summary>
    None = 0,

    /// <summary>The APBD (murni) pagu.</summary>
    Murni = 1,

    /// <summary>The P-APBD (perubahan) pagu.</summary>
    Perubahan = 2,

    /// <summary>A sum of lines some of which used the APBD pagu and some the P-APBD pagu.</summary>
    Mixed = 3,
}

/// <summary>Content errors of a budget line that real reports contain; the line still loads and rolls up.</summary>
[Flags]
public enum BudgetLineIssues
{
    /// <summary>No issue.</summary>
    None = 0,

    /// <summary>The realisasi exceeds the pagu used (Ajung 2023: 227.414.000 against 227.234.000).</summary>
    RealisasiAbovePagu = 1,

    /// <summary>An amount printed on a line with children differs from their sum (Mayang 2023, program 1 APBD).</summary>
    PrintedDiffersFromSum = 2,

    /// <summary>Another line carries the same code (Kencong 2025 prints a program twice).</summary>
    CodeRepeated = 4,

    /// <summary>The line has no Permendagri 90/2019 code (none, or a free-form one).</summary>
    NoNomenclatureCode = 8,

    /// <summary>Some children carry an amount and others do not, so the line's sum of it is unknown.</summary>
    IncompleteChildren = 16,
}

/// <summary>
/// The money figures of a budget line, a sasaran or a unit: the pagu murni, pagu perubahan and
/// realisasi (sums of the lines below, money first), the pagu used, serapan and sisa.
/// </summary>
/// <remarks>
/// <para>The default value has no amounts and serapan status <see cref="SerapanStatus.NotCalculated"/>.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct BudgetFigures
{
    internal BudgetFigures(decimal? paguMurni, decimal? paguPerubahan, decimal? realisasi, decimal? pagu, PaguKind paguKind)
    {
        PaguMurni = paguMurni;
        PaguPerubahan = paguPerubahan;
        Realisasi = realisasi;
        Pagu = pagu;
        PaguKind = paguKind;
        Serapan = SerapanResult.Calculate(realisasi, pagu);
    }

    /// <summary>Gets the APBD (murni) pagu, or <see langword="null"/> when unknown.</summary>
    public decimal? PaguMurni { get; }

    /// <summary>Gets the P-APBD (perubahan) pagu, or <see langword="null"/> when unknown.</summary>
    public decimal? PaguPerubahan { get; }

    /// <summary>Gets the realisasi, or <see langword="null"/> when unknown.</summary>
    public decimal? Realisasi { get; }

    /// <summary>Gets the pagu the serapan, sisa and shares use, per the <see cref="PaguBasis"/>.</summary>
    public decimal? Pagu { get; }

    /// <summary>Gets which pagu <see cref="Pagu"/> is.</summary>
    public PaguKind PaguKind { get; }

    /// <summary>Gets realisasi / pagu × 100.</summary>
    public SerapanResult Serapan { get; }

    /// <summary>Gets the unspent money, pagu − realisasi (negative when the realisasi exceeds the pagu), or <see langword="null"/>.</summary>
    public decimal? Sisa => Pagu - Realisasi;
}

/// <summary>
/// The unit's total pagu, shared by every row of one table for its share: written once by the
/// rollup before the table is returned, read-only from then on.
/// </summary>
internal sealed class UnitPagu
{
    internal decimal? Value { get; set; }
}

/// <summary>
/// Sums figures of several lines, money first: an amount is known only when every line carries
/// it, and the pagu kind is the lines' common kind or <see cref="PaguKind.Mixed"/>. No allocation.
/// </summary>
internal struct FiguresSum
{
    private decimal murni, perubahan, realisasi, pagu;
    private int murniCount, perubahanCount, realisasiCount, paguCount, count;
    private PaguKind kind;

    internal readonly int Count => count;

    internal readonly int MurniCount => murniCount;

    internal readonly int PerubahanCount => perubahanCount;

    internal readonly int RealisasiCount => realisasiCount;

    internal readonly int PaguCount => paguCount;

    internal readonly decimal? Murni => murniCount == count ? murni : null;

    internal readonly decimal? Perubahan => perubahanCount == count ? perubahan : null;

    internal readonly decimal? Realisasi => realisasiCount == count ? realisasi : null;

    internal readonly decimal? Pagu => paguCount == count ? pagu : null;

    internal readonly PaguKind Kind => Pagu.HasValue ? kind : PaguKind.None;

    internal void Add(in BudgetFigures figures)
    {
        count++;
        Accumulate(figures.PaguMurni, ref murni, ref murniCount);
        Accumulate(figures.PaguPerubahan, ref perubahan, ref perubahanCount);
        Accumulate(figures.Realisasi, ref realisasi, ref realisasiCount);
        Accumulate(figures.Pagu, ref pagu, ref paguCount);
        if (figures.PaguKind != PaguKind.None)
        {
            kind = kind == PaguKind.None || kind == figures.PaguKind ? figures.PaguKind : PaguKind.Mixed;
        }
    }

    internal readonly BudgetFigures ToFigures() => new(Murni, Perubahan, Realisasi, Pagu, Kind);

    private static void Accumulate(decimal? amount, ref decimal sum, ref int present)
    {
        if (amount is { } value)
        {
            sum += value;
            present++;
        }
    }
}

/// <summary>One line of a budget realisation table: the line's identity, its figures, its share of the unit and its issues.</summary>
/// <remarks>
/// <para>Equality is structural over the row's figures and what it shows of its line (key, parent,
/// level, depth, code, name, printed amounts), not over the line's children.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class BudgetRow : IEquatable<BudgetRow>
{
    // The line itself is kept for what the row shows of it (name, code, printed amounts): a
    // reference instead of copies keeps a table of millions of lines small.
    private readonly BudgetItem item;
    private readonly UnitPagu unit;

    internal BudgetRow(BudgetItem item, string? parentKey, int depth, BudgetFigures figures, UnitPagu unit, BudgetLineIssues issues)
    {
        this.item = item;
        ParentKey = parentKey;
        Depth = depth;
        Figures = figures;
        this.unit = unit;
        Issues = issues;
    }

    /// <summary>Gets the line's key.</summary>
    public string Key => item.Key;

    /// <summary>Gets the key of the line above, or <see langword="null"/> for a top line.</summary>
    public string? ParentKey { get; }

    /// <summary>Gets the line's level.</summary>
    public BudgetLevel Level => item.Level;

    /// <summary>Gets the depth: 0 for a top line (a program), 1 below it, and so on.</summary>
    public int Depth { get; }

    /// <summary>Gets the code as printed, if any.</summary>
    public string? Code => item.Code;

    /// <summary>Gets the line's name.</summary>
    public string Name => item.Name;

    /// <summary>Gets the money figures: the line's own for a line without children, the sums of its children otherwise.</summary>
    public BudgetFigures Figures { get; }

    /// <summary>Gets the line's pagu as a percentage of the unit's total pagu (16 places), or <see langword="null"/> when either is unknown or the total is zero.</summary>
    public decimal? ShareOfUnit =>
        Figures.Pagu is { } p && unit.Value is { } u && u != 0m && Calculation.DecimalRatio.TryPercent(p, u, out decimal share) ? share : null;

    /// <summary>Gets the amounts the report printed on the line (for a line with children, to compare with <see cref="Figures"/>).</summary>
    public BudgetAmounts Printed => item.Amounts;

    /// <summary>Gets the content errors found on the line.</summary>
    public BudgetLineIssues Issues { get; }

    /// <inheritdoc />
    public bool Equals(BudgetRow? other) =>
        ReferenceEquals(this, other) || (other is not null && Key == other.Key && ParentKey == other.ParentKey && Level == other.Level
            && Depth == other.Depth && Code == other.Code && Name == other.Name && Figures == other.Figures && unit.Value == other.unit.Value
            && Printed == other.Printed && Issues == other.Issues);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BudgetRow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, ParentKey, Depth, Figures, Issues);

    /// <summary>Returns e.g. <c>P1 (Program): 2059822463 / 2563565638 = 80.35…</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key} ({Level}): {Figures.Realisasi?.ToString(System.Globalization.CultureInfo.InvariantCulture)} / {Figures.Pagu?.ToString(System.Globalization.CultureInfo.InvariantCulture)} = {Figures.Serapan}";

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BudgetRow? left, BudgetRow? right) => Equals(left, right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(BudgetRow? left, BudgetRow? right) => !Equals(left, right);
}

/// <summary>The budget of one sasaran: the lines the cascade map links to it, summed.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record SasaranBudgetRow
{
    internal SasaranBudgetRow(string sasaranCode, EquatableArray<string> keys, EquatableArray<string> sharedKeys, BudgetFigures figures)
    {
        SasaranCode = sasaranCode;
        Keys = keys;
        SharedKeys = sharedKeys;
        Figures = figures;
    }

    /// <summary>Gets the sasaran's code.</summary>
    public string SasaranCode { get; }

    /// <summary>Gets the keys of the lines counted for the sasaran, in link order.</summary>
    public EquatableArray<string> Keys { get; }

    /// <summary>Gets the keys among <see cref="Keys"/> also linked to another sasaran: their money appears under each, and once in the unit total.</summary>
    public EquatableArray<string> SharedKeys { get; }

    /// <summary>Gets the sums of the linked lines' figures.</summary>
    public BudgetFigures Figures { get; }
}

/// <summary>
/// A budget realisation table: every line of the tree with its figures (money summed up the
/// hierarchy, the percentage taken last), the budget of each sasaran through the cascade map,
/// and the unit total.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record BudgetRealisation
{
    // Built on first lookup: a table of millions of lines that nobody indexes by key pays nothing.
    private readonly Lazy<Dictionary<string, int>> index;

    internal BudgetRealisation(PaguBasis basis, EquatableArray<BudgetRow> rows, EquatableArray<SasaranBudgetRow> sasaran, BudgetFigures unit, EquatableArray<string> multiplyLinkedKeys)
    {
        index = new Lazy<Dictionary<string, int>>(() =>
        {
            var map = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
            for (int i = 0; i < rows.Count; i++)
            {
                map[rows[i].Key] = i;
            }
            return map;
        });
        Basis = basis;
        Rows = rows;
        Sasaran = sasaran;
        Unit = unit;
        MultiplyLinkedKeys = multiplyLinkedKeys;
    }

    /// <summary>Gets the pagu basis the table was computed on.</summary>
    public PaguBasis Basis { get; }

    /// <summary>Gets every line, depth first in printed order.</summary>
    public EquatableArray<BudgetRow> Rows { get; }

    /// <summary>Gets one row per sasaran named in the cascade map, in order of first mention.</summary>
    public EquatableArray<SasaranBudgetRow> Sasaran { get; }

    /// <summary>Gets the unit total: the sum of the top lines (the programs), each counted once however many sasaran it is linked to.</summary>
    public BudgetFigures Unit { get; }

    /// <summary>Gets the keys linked to more than one sasaran.</summary>
    public EquatableArray<string> MultiplyLinkedKeys { get; }

    /// <summary>Returns the row of a line.</summary>
    /// <param name="key">The line's key.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No line has the key.</exception>
    public BudgetRow this[string key]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(key);
            return index.Value.TryGetValue(key, out int i) ? Rows[i] : throw new KeyNotFoundException($"No budget line has the key '{key}'.");
        }
    }

    /// <inheritdoc />
    public bool Equals(BudgetRealisation? other) =>
        ReferenceEquals(this, other) || (other is not null && Basis == other.Basis && Rows == other.Rows && Sasaran == other.Sasaran
            && Unit == other.Unit && MultiplyLinkedKeys == other.MultiplyLinkedKeys);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Basis, Rows, Sasaran, Unit, MultiplyLinkedKeys);
}

