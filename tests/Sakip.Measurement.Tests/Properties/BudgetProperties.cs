using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Sakip.Measurement.Tests.Properties;

/// <summary>A generated budget tree with a random cascade map, every line within its pagu or not.</summary>
public sealed record GeneratedBudget(BudgetTree Tree, bool WithinPagu)
{
    public override string ToString() => $"{Tree.AllItems.Count()} lines, {Tree.Links.Count} links, within pagu: {WithinPagu}";
}

public static class BudgetArbitraries
{
    public static Arbitrary<GeneratedBudget> Budget() =>
        (from withinPagu in Gen.Elements(true, false)
         from programs in Gen.Choose(1, 4)
         from shape in Gen.ArrayOf(Gen.Choose(0, 3), programs * 4 * 4)
         from amounts in Gen.ArrayOf(Gen.Choose(0, 1_000_000), programs * 4 * 4 * 2)
         from cents in Gen.ArrayOf(Gen.Choose(0, 99), programs * 4 * 4)
         from sasaran in Gen.ArrayOf(Gen.Choose(0, 3), programs * 2)
         select Build(withinPagu, programs, shape, amounts, cents, sasaran)).ToArbitrary();

    private static GeneratedBudget Build(bool withinPagu, int programs, int[] shape, int[] amounts, int[] cents, int[] sasaran)
    {
        int next = 0;
        BudgetItem Leaf(string key, BudgetLevel level)
        {
            int i = next++ % cents.Length;
            decimal pagu = amounts[2 * i] * 1_000m + (cents[i] / 100m);
            decimal spent = withinPagu ? Math.Min(amounts[(2 * i) + 1] * 1_000m, pagu) : amounts[(2 * i) + 1] * 1_000m;
            return new BudgetItem(key, level, key, new BudgetAmounts(pagu + 1m, pagu, spent), []);
        }
        var list = new List<BudgetItem>();
        for (int p = 0; p < programs; p++)
        {
            int kegiatan = shape[p % shape.Length];
            var ks = new List<BudgetItem>();
            for (int k = 0; k < kegiatan; k++)
            {
                int subs = shape[(p * 4 + k + 1) % shape.Length];
                string kk = $"P{p}.K{k}";
                ks.Add(subs == 0 ? Leaf(kk, BudgetLevel.Kegiatan)
                    : new BudgetItem(kk, BudgetLevel.Kegiatan, kk, default, Enumerable.Range(0, subs).Select(s => Leaf($"{kk}.S{s}", BudgetLevel.SubKegiatan))));
            }
            list.Add(kegiatan == 0 ? Leaf($"P{p}", BudgetLevel.Program) : new BudgetItem($"P{p}", BudgetLevel.Program, $"P{p}", default, ks));
        }
        var links = new List<SasaranBudgetLink>();
        for (int p = 0; p < programs; p++)
        {
            links.Add(new SasaranBudgetLink($"S{sasaran[2 * p]}", $"P{p}"));
            if (sasaran[(2 * p) + 1] == 0)
            {
                links.Add(new SasaranBudgetLink($"S{(sasaran[2 * p] + 1) % 4}", $"P{p}")); // a program supporting two sasaran
            }
        }
        return new GeneratedBudget(new BudgetTree(list, links), withinPagu);
    }
}

[Properties(Arbitrary = [typeof(BudgetArbitraries)], MaxTest = 300)]
public class BudgetProperties
{
    [Property]
    public bool EveryParent_IsTheSumOfItsChildren(GeneratedBudget budget)
    {
        var table = BudgetRollup.Calculate(budget.Tree);
        return table.Rows.Where(r => table.Rows.Any(c => c.ParentKey == r.Key)).All(parent =>
        {
            var children = table.Rows.Where(c => c.ParentKey == parent.Key).Select(c => c.Figures).ToList();
            return parent.Figures.Pagu == children.Sum(c => c.Pagu)
                && parent.Figures.Realisasi == children.Sum(c => c.Realisasi)
                && parent.Figures.PaguMurni == children.Sum(c => c.PaguMurni);
        });
    }

    [Property]
    public bool UnitTotal_CountsEachProgramOnce_HoweverManySasaranItSupports(GeneratedBudget budget)
    {
        var table = BudgetRollup.Calculate(budget.Tree);
        var programs = table.Rows.Where(r => r.Depth == 0).Select(r => r.Figures).ToList();
        // Every generated program is linked to one or two sasaran: it counts under each of them.
        decimal bySasaran = table.Sasaran.Sum(s => s.Figures.Pagu ?? 0m);
        decimal expected = budget.Tree.TopLines.Sum(p =>
            (table[p.Key].Figures.Pagu ?? 0m) * budget.Tree.Links.Where(l => l.BudgetKey == p.Key).Select(l => l.SasaranCode).Distinct().Count());
        return table.Unit.Pagu == programs.Sum(p => p.Pagu)
            && table.Unit.Realisasi == programs.Sum(p => p.Realisasi)
            && bySasaran == expected;
    }

    [Property]
    public bool Serapan_StaysWithin0And100_WhenNoLineExceedsItsPagu(GeneratedBudget budget)
    {
        var table = BudgetRollup.Calculate(budget.Tree);
        return !budget.WithinPagu || table.Rows.Select(r => r.Figures).Append(table.Unit).All(f =>
            !f.Serapan.HasValue || f.Serapan.Value is >= 0m and <= 100m);
    }

    [Property]
    public bool Shares_OfThePrograms_AddUpTo100(GeneratedBudget budget)
    {
        var table = BudgetRollup.Calculate(budget.Tree);
        var shares = table.Rows.Where(r => r.Depth == 0).Select(r => r.ShareOfUnit).ToList();
        return table.Unit.Pagu == 0m || Math.Abs(shares.Sum(s => s!.Value) - 100m) <= 0.0000000000001m;
    }
}

[Properties(MaxTest = 500)]
public class EfficiencyProperties
{
    private static readonly EfficiencyPolicy[] Policies =
    [
        EfficiencyPolicy.CapaianAboveSerapan, EfficiencyPolicy.TargetReachedFirst, EfficiencyPolicy.GapBands(), EfficiencyPolicy.RatioBands(),
    ];

    // Efisien is best, then cukup, then tidak efisien.
    private static int Rank(EfficiencyLevel level) => level switch
    {
        EfficiencyLevel.Efisien => 2,
        EfficiencyLevel.CukupEfisien => 1,
        _ => 0,
    };

    [Property]
    public bool MoreCapaian_NeverWorsensTheVerdict(NonNegativeInt policy, NonNegativeInt capaian, NonNegativeInt raise, PositiveInt serapan)
    {
        var p = Policies[policy.Get % Policies.Length];
        decimal c = capaian.Get % 15_000 / 100m, s = serapan.Get % 15_000 / 100m + 0.01m;
        return Rank(p.Evaluate(c + (raise.Get % 5_000 / 100m), s).Level) >= Rank(p.Evaluate(c, s).Level);
    }

    [Property]
    public bool MoreSerapan_NeverImprovesTheVerdict(NonNegativeInt policy, NonNegativeInt capaian, PositiveInt serapan, NonNegativeInt raise)
    {
        var p = Policies[policy.Get % Policies.Length];
        decimal c = capaian.Get % 15_000 / 100m, s = serapan.Get % 15_000 / 100m + 0.01m;
        return Rank(p.Evaluate(c, s + (raise.Get % 5_000 / 100m)).Level) <= Rank(p.Evaluate(c, s).Level);
    }
}

[Properties(MaxTest = 500)]
public class ScaleAsPrintedProperties
{
    // A scale printed with whole-number bands, as reports do: [0, b1], [b1 + 1, b2], … up to 100.
    private static PredikatScale Printed(int[] cuts)
    {
        var bounds = cuts.Select(c => 1 + (Math.Abs(c) % 98)).Distinct().Order().ToArray();
        var bands = new List<PredikatBand>();
        int lower = 0;
        for (int i = 0; i <= bounds.Length; i++)
        {
            int upper = i < bounds.Length ? bounds[i] : 100;
            if (upper < lower)
            {
                continue;
            }
            bands.Add(new PredikatBand($"B{i}", $"Band {i}", BandBound.Inclusive(lower), BandBound.Inclusive(upper)));
            lower = upper + 1;
        }
        return PredikatScale.CreateAsPrinted("printed", bands);
    }

    [Property]
    public bool EveryValueOutsideTheHoles_IsInExactlyOneBand_AndAHoleIsNeverGraded(int[] cuts, NonNegativeInt hundredths)
    {
        var scale = Printed(cuts);
        decimal value = (hundredths.Get % 10_001) / 100m;
        int containing = scale.Bands.Count(b => b.Contains(value));
        var grade = scale.Grade(value);
        return containing == 1
            ? grade.IsGraded && grade.Band!.Contains(value)
            : containing == 0 && grade.Status == PredikatGradeStatus.InGap;
    }
}
