using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Model;
using Sakip.Measurement.Results;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Calculation;

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
        // Every line by key, for the walk up from a linked line to its ancestors.
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
