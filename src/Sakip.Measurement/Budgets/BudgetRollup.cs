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
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record BudgetFigures
{
    internal BudgetFigures(decimal? paguMurni, decimal? paguPerubahan, decimal? realisasi, decimal? pagu, PaguKind paguKind)
    {
        PaguMurni = paguMurni;
        PaguPerubahan = paguPerubahan;
        Realisasi = realisasi;
        Pagu = pagu;
        PaguKind = paguKind;
        Serapan = SerapanResult.Calculate(realisasi, pagu);
        Sisa = pagu - realisasi;
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
    public decimal? Sisa { get; }

    internal static BudgetFigures Sum(IReadOnlyList<BudgetFigures> parts)
    {
        var pagu = Sum(parts, f => f.Pagu);
        var kinds = parts.Select(f => f.PaguKind).Where(k => k != PaguKind.None).Distinct().ToArray();
        var kind = pagu is null ? PaguKind.None : kinds.Length == 1 ? kinds[0] : PaguKind.Mixed;
        return new BudgetFigures(Sum(parts, f => f.PaguMurni), Sum(parts, f => f.PaguPerubahan), Sum(parts, f => f.Realisasi), pagu, kind);
    }

    internal static decimal? Sum(IReadOnlyList<BudgetFigures> parts, Func<BudgetFigures, decimal?> amount)
    {
        decimal sum = 0m;
        foreach (var part in parts)
        {
            if (amount(part) is not { } value)
            {
                return null;
            }
            sum += value;
        }
        return sum;
    }
}

/// <summary>One line of a budget realisation table: the line's identity, its figures, its share of the unit and its issues.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record BudgetRow
{
    internal BudgetRow(BudgetItem item, string? parentKey, int depth, BudgetFigures figures, decimal? shareOfUnit, BudgetLineIssues issues)
    {
        Key = item.Key;
        ParentKey = parentKey;
        Level = item.Level;
        Depth = depth;
        Code = item.Code;
        Name = item.Name;
        Figures = figures;
        ShareOfUnit = shareOfUnit;
        Printed = item.Amounts;
        Issues = issues;
    }

    /// <summary>Gets the line's key.</summary>
    public string Key { get; }

    /// <summary>Gets the key of the line above, or <see langword="null"/> for a program.</summary>
    public string? ParentKey { get; }

    /// <summary>Gets the line's level.</summary>
    public BudgetLevel Level { get; }

    /// <summary>Gets the depth: 0 for a program, 1 for a kegiatan, 2 for a sub-kegiatan.</summary>
    public int Depth { get; }

    /// <summary>Gets the code as printed, if any.</summary>
    public string? Code { get; }

    /// <summary>Gets the line's name.</summary>
    public string Name { get; }

    /// <summary>Gets the money figures: the line's own for a line without children, the sums of its children otherwise.</summary>
    public BudgetFigures Figures { get; }

    /// <summary>Gets the line's pagu as a percentage of the unit's total pagu (16 places), or <see langword="null"/> when either is unknown or the total is zero.</summary>
    public decimal? ShareOfUnit { get; }

    /// <summary>Gets the amounts the report printed on the line (for a line with children, to compare with <see cref="Figures"/>).</summary>
    public BudgetAmounts Printed { get; }

    /// <summary>Gets the content errors found on the line.</summary>
    public BudgetLineIssues Issues { get; }
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
    internal BudgetRealisation(PaguBasis basis, EquatableArray<BudgetRow> rows, EquatableArray<SasaranBudgetRow> sasaran, BudgetFigures unit, EquatableArray<string> multiplyLinkedKeys)
    {
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
            foreach (var row in Rows)
            {
                if (row.Key == key)
                {
                    return row;
                }
            }
            throw new KeyNotFoundException($"No budget line has the key '{key}'.");
        }
    }
}

/// <summary>
/// Rolls a budget tree up: sub-kegiatan → kegiatan → program → sasaran → unit, money summed first
/// and the serapan taken last, with one rule for every level.
/// </summary>
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
        var repeatedCodes = tree.AllItems.Where(i => i.Code is not null).GroupBy(i => i.Code, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key!).ToHashSet(StringComparer.Ordinal);

        var pending = new List<(BudgetItem Item, string? Parent, int Depth, BudgetFigures Figures, BudgetLineIssues Issues)>();
        var figuresByKey = new Dictionary<string, BudgetFigures>(StringComparer.Ordinal);
        var programs = new List<BudgetFigures>(tree.TopLines.Count);
        foreach (var program in tree.TopLines)
        {
            programs.Add(Roll(program, null, 0, basis, repeatedCodes, pending, figuresByKey));
        }
        var unit = BudgetFigures.Sum(programs);

        var rows = new BudgetRow[pending.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            var (item, parent, depth, figures, issues) = pending[i];
            rows[i] = new BudgetRow(item, parent, depth, figures, Share(figures.Pagu, unit.Pagu), issues);
        }
        var (sasaran, multiplyLinked) = PerSasaran(tree, figuresByKey);
        return new BudgetRealisation(basis, EquatableArray.Create(rows), sasaran, unit, multiplyLinked);
    }

    // Rows are recorded in pre-order (the printed order), figures computed post-order.
    private static BudgetFigures Roll(BudgetItem item, string? parent, int depth, PaguBasis basis, HashSet<string> repeatedCodes,
        List<(BudgetItem, string?, int, BudgetFigures, BudgetLineIssues)> rows, Dictionary<string, BudgetFigures> figuresByKey)
    {
        int slot = rows.Count;
        rows.Add(default);
        var issues = BudgetLineIssues.None;
        if (item.Code is not null && repeatedCodes.Contains(item.Code))
        {
            issues |= BudgetLineIssues.CodeRepeated;
        }
        if (item.NomenclatureCode is null)
        {
            issues |= BudgetLineIssues.NoNomenclatureCode;
        }

        BudgetFigures figures;
        if (!item.HasChildren)
        {
            figures = Own(item.Amounts, basis);
        }
        else
        {
            var children = new List<BudgetFigures>(item.Children.Count);
            foreach (var child in item.Children)
            {
                children.Add(Roll(child, item.Key, depth + 1, basis, repeatedCodes, rows, figuresByKey));
            }
            var own = Own(item.Amounts, basis);
            // Each amount is the children's sum; where no child carries it, the line's own printed
            // amount is the only figure there is and stands as input.
            decimal? murni = Combine(children, f => f.PaguMurni, own.PaguMurni, item.Amounts.PaguMurni, ref issues);
            decimal? perubahan = Combine(children, f => f.PaguPerubahan, own.PaguPerubahan, item.Amounts.PaguPerubahan, ref issues);
            decimal? realisasi = Combine(children, f => f.Realisasi, own.Realisasi, item.Amounts.Realisasi, ref issues);
            var summed = BudgetFigures.Sum(children);
            figures = children.All(c => c.Pagu is null)
                ? new BudgetFigures(murni, perubahan, realisasi, own.Pagu, own.PaguKind)
                : new BudgetFigures(murni, perubahan, realisasi, summed.Pagu, summed.PaguKind);
        }
        if (figures.Realisasi is { } r && figures.Pagu is { } p && r > p)
        {
            issues |= BudgetLineIssues.RealisasiAbovePagu;
        }
        rows[slot] = (item, parent, depth, figures, issues);
        figuresByKey[item.Key] = figures;
        return figures;
    }

    private static decimal? Combine(List<BudgetFigures> children, Func<BudgetFigures, decimal?> amount, decimal? own, decimal? printed, ref BudgetLineIssues issues)
    {
        int present = children.Count(c => amount(c).HasValue);
        if (present == 0)
        {
            return own;
        }
        if (present < children.Count)
        {
            issues |= BudgetLineIssues.IncompleteChildren;
            return null;
        }
        decimal? sum = BudgetFigures.Sum(children, amount);
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

    private static decimal? Share(decimal? pagu, decimal? unitPagu) =>
        pagu is { } p && unitPagu is { } u && u != 0m && DecimalRatio.TryPercent(p, u, out decimal share) ? share : null;

    private static (EquatableArray<SasaranBudgetRow>, EquatableArray<string>) PerSasaran(BudgetTree tree, Dictionary<string, BudgetFigures> figuresByKey)
    {
        var linkCount = tree.Links.GroupBy(l => l.BudgetKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.SasaranCode).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var rows = new List<SasaranBudgetRow>();
        foreach (var group in tree.Links.GroupBy(l => l.SasaranCode, StringComparer.Ordinal))
        {
            var keys = group.Select(l => l.BudgetKey).Distinct(StringComparer.Ordinal).ToList();
            // A line whose ancestor is linked to the same sasaran is already inside that ancestor's sum.
            var counted = keys.Where(k => !keys.Any(other => other != k && IsAncestor(tree, other, k))).ToArray();
            var figures = BudgetFigures.Sum(counted.Select(k => figuresByKey[k]).ToList());
            var shared = counted.Where(k => linkCount[k] > 1).ToArray();
            rows.Add(new SasaranBudgetRow(group.Key, EquatableArray.Create(counted), EquatableArray.Create(shared), figures));
        }
        var multiply = linkCount.Where(p => p.Value > 1).Select(p => p.Key).ToArray();
        return (EquatableArray.Create<SasaranBudgetRow>(rows), EquatableArray.Create(tree.Links.Select(l => l.BudgetKey).Distinct(StringComparer.Ordinal).Where(multiply.Contains)));
    }

    private static bool IsAncestor(BudgetTree tree, string ancestorKey, string key) =>
        tree.Find(ancestorKey) is { } ancestor && ancestor.Children.Any(c => c.Key == key || IsAncestor(tree, c.Key, key));
}
