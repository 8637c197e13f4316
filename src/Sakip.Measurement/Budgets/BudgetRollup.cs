using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Budgets;

/// <summary>Which pagu a budget table's serapan, sisa and shares are taken against.</summary>
public enum PaguBasis
{
    /// <summary>The P-APBD pagu where a line has one, else its APBD pagu (the usual end-of-year table).</summary>
    PerubahanElseMurni = 0,

    /// <summary>The APBD (murni) pagu only.</summary>
    Murni = 1,

    /// <summary>The P-APBD (perubahan) pagu only.</summary>
    Perubahan = 2,
}

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

/// <summary>
/// Rolls a budget tree up: sub-kegiatan → kegiatan → program → sasaran → unit, money summed first
/// and the serapan taken last, with one rule for every level.
/// </summary>
/// <remarks>
/// One pass over the tree; besides the result rows themselves nothing is allocated per line.
/// </remarks>
public static class BudgetRollup
{
    /// <summary>Computes the budget realisation table of a tree.</summary>
    /// <param name="tree">The budget tree and its cascade map.</param>
    /// <param name="basis">Which pagu serapan, sisa and shares use.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is undefined.</exception>
    public static BudgetRealisation Calculate(BudgetTree tree, PaguBasis basis = PaguBasis.PerubahanElseMurni)
    {
        Preconditions.CheckNotNull(tree);
        Preconditions.CheckDefined(basis);
        var unitPagu = new UnitPagu();
        var roller = new Roller(basis, RepeatedCodes(tree, out int lines), lines, unitPagu);
        var unitSum = default(FiguresSum);
        foreach (var top in tree.TopLines)
        {
            unitSum.Add(roller.Roll(top, null, 0));
        }
        var unit = unitSum.ToFigures();
        unitPagu.Value = unit.Pagu;
        var rows = roller.Rows;
        var (sasaran, multiplyLinked) = PerSasaran(tree, rows);
        return new BudgetRealisation(basis, EquatableArray.Create(rows), sasaran, unit, multiplyLinked);
    }

    // The codes printed on more than one line, and the number of lines (to size the row list once).
    private static HashSet<string> RepeatedCodes(BudgetTree tree, out int lines)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        foreach (var top in tree.TopLines)
        {
            Visit(top);
        }
        lines = count;
        return repeated;

        void Visit(BudgetItem item)
        {
            count++;
            if (item.Code is { } code && !seen.Add(code))
            {
                repeated.Add(code);
            }
            foreach (var child in item.Children)
            {
                Visit(child);
            }
        }
    }

    private static (EquatableArray<SasaranBudgetRow>, EquatableArray<string>) PerSasaran(BudgetTree tree, BudgetRow[] rows)
    {
        if (tree.Links.IsEmpty)
        {
            return (EquatableArray<SasaranBudgetRow>.Empty, EquatableArray<string>.Empty);
        }
        // Only linked lines and their ancestors are looked up, so index just those.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Length; i++)
        {
            index[rows[i].Key] = i;
        }
        var linkCount = tree.Links.GroupBy(l => l.BudgetKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.SasaranCode).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var result = new List<SasaranBudgetRow>();
        foreach (var group in tree.Links.GroupBy(l => l.SasaranCode, StringComparer.Ordinal))
        {
            var keys = group.Select(l => l.BudgetKey).Distinct(StringComparer.Ordinal).ToList();
            // A line whose ancestor is linked to the same sasaran is already inside that ancestor's sum.
            var counted = keys.Where(k => !keys.Any(other => other != k && IsAncestor(rows, index, other, k))).ToArray();
            var sum = default(FiguresSum);
            foreach (string key in counted)
            {
                sum.Add(rows[index[key]].Figures);
            }
            var shared = counted.Where(k => linkCount[k] > 1).ToArray();
            result.Add(new SasaranBudgetRow(group.Key, EquatableArray.Create(counted), EquatableArray.Create(shared), sum.ToFigures()));
        }
        var multiply = tree.Links.Select(l => l.BudgetKey).Distinct(StringComparer.Ordinal).Where(k => linkCount[k] > 1).ToArray();
        return (EquatableArray.Create<SasaranBudgetRow>(result), EquatableArray.Create(multiply));
    }

    private static bool IsAncestor(BudgetRow[] rows, Dictionary<string, int> index, string ancestorKey, string key)
    {
        for (string? parent = rows[index[key]].ParentKey; parent is not null; parent = rows[index[parent]].ParentKey)
        {
            if (parent == ancestorKey)
            {
                return true;
            }
        }
        return false;
    }

    // Rows are recorded in pre-order (the printed order), figures computed post-order.
    private sealed class Roller(PaguBasis basis, HashSet<string> repeatedCodes, int lines, UnitPagu unitPagu)
    {
        private int next;

        internal BudgetRow[] Rows { get; } = new BudgetRow[lines];

        internal BudgetFigures Roll(BudgetItem item, string? parent, int depth)
        {
            int slot = next++;
            var issues = BudgetLineIssues.None;
            if (item.Code is not null && repeatedCodes.Contains(item.Code))
            {
                issues |= BudgetLineIssues.CodeRepeated;
            }
            if (item.NomenclatureCode is null)
            {
                issues |= BudgetLineIssues.NoNomenclatureCode;
            }

            var own = Own(item.Amounts, basis);
            BudgetFigures figures;
            if (!item.HasChildren)
            {
                figures = own;
            }
            else
            {
                var sum = default(FiguresSum);
                foreach (var child in item.Children)
                {
                    sum.Add(Roll(child, item.Key, depth + 1));
                }
                // Each amount is the children's sum; where no child carries it, the line's own
                // printed amount is the only figure there is and stands as input.
                decimal? murni = Combine(sum.MurniCount, sum.Count, sum.Murni, own.PaguMurni, ref issues);
                decimal? perubahan = Combine(sum.PerubahanCount, sum.Count, sum.Perubahan, own.PaguPerubahan, ref issues);
                decimal? realisasi = Combine(sum.RealisasiCount, sum.Count, sum.Realisasi, own.Realisasi, ref issues);
                figures = sum.PaguCount == 0
                    ? new BudgetFigures(murni, perubahan, realisasi, own.Pagu, own.PaguKind)
                    : new BudgetFigures(murni, perubahan, realisasi, sum.Pagu, sum.Kind);
            }
            if (figures.Realisasi is { } r && figures.Pagu is { } p && r > p)
            {
                issues |= BudgetLineIssues.RealisasiAbovePagu;
            }
            Rows[slot] = new BudgetRow(item, parent, depth, figures, unitPagu, issues);
            return figures;
        }

        private static decimal? Combine(int present, int count, decimal? sum, decimal? printed, ref BudgetLineIssues issues)
        {
            if (present == 0)
            {
                return printed;
            }
            if (present < count)
            {
                issues |= BudgetLineIssues.IncompleteChildren;
                return null;
            }
            if (printed is { } p && p != sum)
            {
                issues |= BudgetLineIssues.PrintedDiffersFromSum;
            }
            return sum;
        }

        private static BudgetFigures Own(BudgetAmounts amounts, PaguBasis basis)
        {
            (decimal? pagu, PaguKind kind) = basis switch
            {
                PaguBasis.Murni => (amounts.PaguMurni, PaguKind.Murni),
                PaguBasis.Perubahan => (amounts.PaguPerubahan, PaguKind.Perubahan),
                _ => amounts.PaguPerubahan.HasValue ? (amounts.PaguPerubahan, PaguKind.Perubahan) : (amounts.PaguMurni, PaguKind.Murni),
            };
            return new BudgetFigures(amounts.PaguMurni, amounts.PaguPerubahan, amounts.Realisasi, pagu, pagu.HasValue ? kind : PaguKind.None);
        }
    }
}
