using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Calculation;
using Sakip.Measurement.Model;
using Sakip.Measurement.Results;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Serialization;

namespace Sakip.Measurement.Review;

/// <summary>
/// Indexes what every figure of a report should be, by <see cref="FigureId"/>, from the
/// calculators' results and the model's inputs. Figures of the report's own year are indexed
/// without a year. The alternatives (another cap, formula or polarity) are computed by the same
/// calculators under the other policy.
/// </summary>
internal static class ExpectedFigures
{
    internal static Dictionary<FigureId, ExpectedFigure> Build(Lkip report, LkipResults results)
    {
        var expected = new Dictionary<FigureId, ExpectedFigure>();
        var policies = results.Policies;
        string capping = FormatVocabulary.Capping.NameOf(policies.Capaian.Capping) ?? policies.Capaian.Capping.ToString();
        string capaianRule = $"capaian = realisasi / target × 100 (negatif: {FormatVocabulary.NegativeFormulas.NameOf(policies.Capaian.NegativeFormula)}), {capping}";
        string gradeRule = $"predikat on {policies.Scale.Name}, graded on the {(policies.GradeOn == CapaianBasis.Raw ? "raw" : "capped")} capaian";
        bool gradeRaw = policies.GradeOn == CapaianBasis.Raw;

        AddInputs(report, capaianRule, expected);
        foreach (var renstra in results.Renstra)
        {
            var polarities = report.Unit.Renstra.Single(r => r.Name == renstra.Name).Tujuan
                .SelectMany(t => t.Indikator.Concat(t.Sasaran.SelectMany(s => s.Indikator)))
                .ToDictionary(i => i.Code, i => i.Polarity, StringComparer.Ordinal);
            foreach (var indicator in renstra.Indicators)
            {
                AddIndicator(report, indicator, polarities[indicator.IndikatorCode], capaianRule, gradeRule, gradeRaw, expected);
            }
            var bySasaran = renstra.Indicators.Where(i => i.SasaranCode is not null).ToLookup(i => i.SasaranCode!);
            foreach (var sasaran in renstra.Sasaran)
            {
                AddMean(new FigureId(FigureKind.SasaranCapaian, sasaran.SasaranCode), new FigureId(FigureKind.SasaranPredikat, sasaran.SasaranCode),
                    sasaran.Capaian, bySasaran[sasaran.SasaranCode].Select(i => i.Capaian).ToArray(), policies, gradeRule, expected);
                expected.TryAdd(new FigureId(FigureKind.Efficiency, sasaran.SasaranCode), new ExpectedVerdict(sasaran.Efficiency));
                foreach (var contribution in sasaran.Contribution)
                {
                    expected.TryAdd(new FigureId(FigureKind.Efficiency, contribution.BudgetKey), new ExpectedVerdict(contribution.Efficiency));
                    foreach (var output in contribution.Outputs)
                    {
                        AddCapaian(new FigureId(FigureKind.Capaian, output.IndikatorCode), output.Capaian, capaianRule, policies, [], expected);
                    }
                }
            }
            if (renstra.Sasaran.Count > 0)
            {
                var all = renstra.Indicators.Where(i => i.SasaranCode is not null).Select(i => i.Capaian).ToArray();
                AddMean(new FigureId(FigureKind.UnitCapaian, string.Empty), new FigureId(FigureKind.UnitPredikat, string.Empty),
                    renstra.UnitCapaian, all, policies, gradeRule, expected);
            }
        }
        AddCounts(report, expected);
        if (results.Budget is { } budget && report.Budget is { } tree)
        {
            AddBudget(budget, tree, expected);
            // The unit's own verdict ("tidak ada efisiensi"), under the report's efficiency policy.
            if (results.Renstra.FirstOrDefault(r => r.Sasaran.Count > 0) is { } measured)
            {
                expected.TryAdd(new FigureId(FigureKind.Efficiency, string.Empty),
                    new ExpectedVerdict(policies.Efficiency.Evaluate(measured.UnitCapaian.ValueOrNull, budget.Unit.Serapan)));
            }
        }
        if (results.Ikm is { } ikm)
        {
            expected.TryAdd(new FigureId(FigureKind.Ikm, string.Empty), new ExpectedNumber(ikm.Value, NumberRole.Computed,
                "IKM = Σ NRR × weight × 25, exact until printed", atPrecision: ikm.RoundValue));
            expected.TryAdd(new FigureId(FigureKind.IkmMutu, string.Empty), new ExpectedGrade(ikm.Definition.MutuScale, ikm.Mutu, ikm.Value, $"mutu on {ikm.Definition.MutuScale.Name}"));
        }
        if (results.Ipp is { } ipp)
        {
            expected.TryAdd(new FigureId(FigureKind.Ipp, string.Empty), new ExpectedNumber(ipp, NumberRole.Computed, "IPP"));
        }
        return expected;
    }

    // What the report holds, counted: the Renstra covering the year, and the budget tree.
    private static void AddCounts(Lkip report, Dictionary<FigureId, ExpectedFigure> expected)
    {
        // A report measures the sasaran indicators that have a realisasi for the year; a sasaran
        // is measured when one of its indicators is (a Renstra sasaran with no realisasi yet, such
        // as a Nilai SAKIP still to be assessed, is not among what the text counts).
        var renstra = report.Unit.RenstraFor(report.Year);
        var tujuan = renstra.SelectMany(r => r.Tujuan).ToArray();
        var sasaran = tujuan.SelectMany(t => t.Sasaran).ToArray();
        bool Measured(Indikator i) => i.GetRealisasi(report.Year) is not null;
        expected.TryAdd(new FigureId(FigureKind.TujuanCount, string.Empty), new ExpectedCount(tujuan.Length, "the tujuan of the Renstra covering the year"));
        expected.TryAdd(new FigureId(FigureKind.SasaranCount, string.Empty),
            new ExpectedCount(sasaran.Count(s => s.Indikator.Any(Measured)), "the sasaran measured in the year (an indicator with a realisasi)"));
        expected.TryAdd(new FigureId(FigureKind.IndicatorCount, string.Empty),
            new ExpectedCount(sasaran.Sum(s => s.Indikator.Count(Measured)), "the sasaran indicators measured in the year (with a realisasi)"));
        foreach (var s in sasaran)
        {
            expected.TryAdd(new FigureId(FigureKind.IndicatorCount, s.Code), new ExpectedCount(s.Indikator.Count, $"the indicators of sasaran {s.Code}"));
        }
        if (report.Budget is { } tree)
        {
            foreach (var level in (BudgetLevel[])[BudgetLevel.Program, BudgetLevel.Kegiatan, BudgetLevel.SubKegiatan])
            {
                string name = FormatVocabulary.Levels.NameOf(level)!;
                expected.TryAdd(new FigureId(FigureKind.BudgetLineCount, name), new ExpectedCount(tree.AllItems.Count(i => i.Level == level), $"the {name} lines of the budget"));
            }
        }
    }

    // Targets and realisasi of every year the model holds: inputs printed in many places.
    private static void AddInputs(Lkip report, string capaianRule, Dictionary<FigureId, ExpectedFigure> expected)
    {
        var indicators = report.Unit.Renstra.SelectMany(r => r.Tujuan)
            .SelectMany(t => t.Indikator.Concat(t.Sasaran.SelectMany(s => s.Indikator)))
            .Concat(report.Budget?.AllItems.SelectMany(i => i.Outputs) ?? []);
        foreach (var indikator in indicators)
        {
            foreach (var year in indikator.Years)
            {
                FiscalYear? key = year.Year == report.Year ? null : year.Year;
                if (year.EffectiveTarget is { } target)
                {
                    expected.TryAdd(new FigureId(FigureKind.Target, indikator.Code, key), ExpectedInput.ForTarget(target));
                }
                if (year.Realisasi is { } realisasi)
                {
                    expected.TryAdd(new FigureId(FigureKind.Realisasi, indikator.Code, key), ExpectedInput.ForRealisasi(realisasi));
                }
                if (key is { } other)
                {
                    // Another year's capaian (quoted when comparing with last year) under the same policy.
                    AddCapaian(new FigureId(FigureKind.Capaian, indikator.Code, other), Capaian.ForYear(indikator, other, report.Policies.Capaian),
                        capaianRule, report.Policies, [], expected);
                }
            }
        }
    }

    private static void AddIndicator(Lkip report, IndicatorResult indicator, Polarity polarity, string capaianRule, string gradeRule, bool gradeRaw,
        Dictionary<FigureId, ExpectedFigure> expected)
    {
        var policies = report.Policies;
        // A wrong grade that is the grade of the realisasi says so. (The grade of the value before
        // the cap is no alternative: capping only moves a value out of a scale's domain or into
        // the top and bottom bands it was already in.)
        var alternatives = new List<(PredikatBand, PolicyText)>();
        if (indicator.Capaian.HasValue && indicator.Realisasi?.Quantity is { } realisasi && policies.Scale.Grade(realisasi).Band is { } realisasiBand)
        {
            alternatives.Add((realisasiBand, PolicyText.GradeRealisasi));
        }
        var capaianAlternatives = new List<Alternative>();
        if (indicator.Target is { } target)
        {
            var opposite = polarity == Polarity.Positive ? Polarity.Negative : Polarity.Positive;
            if (Capaian.Calculate(target, indicator.Realisasi, opposite, policies.Capaian).ValueOrNull is { } flipped)
            {
                capaianAlternatives.Add(new Alternative(flipped, PolicyText.OppositePolarity(opposite)));
            }
            if (polarity == Polarity.Negative)
            {
                var formula = policies.Capaian.NegativeFormula == NegativeFormula.Regulation ? NegativeFormula.Inverse : NegativeFormula.Regulation;
                if (Capaian.Calculate(target, indicator.Realisasi, polarity, policies.Capaian with { NegativeFormula = formula }).ValueOrNull is { } other)
                {
                    capaianAlternatives.Add(new Alternative(other, formula == NegativeFormula.Inverse ? PolicyText.InverseFormula : PolicyText.RegulationFormula));
                }
            }
        }
        AddCapaian(new FigureId(FigureKind.Capaian, indicator.IndikatorCode), indicator.Capaian, capaianRule, policies, capaianAlternatives, expected);
        if (indicator.Capaian.HasValue)
        {
            expected.TryAdd(new FigureId(FigureKind.Predikat, indicator.IndikatorCode),
                new ExpectedGrade(policies.Scale, indicator.Predikat.Band, gradeRaw ? indicator.Capaian.Raw : indicator.Capaian.Value, gradeRule, alternatives));
        }
        AddCapaian(new FigureId(FigureKind.RenstraComparison, indicator.IndikatorCode), indicator.AgainstRenstraFinal, capaianRule, policies, [], expected);
        if (indicator.Benchmark is { } benchmark)
        {
            AddCapaian(new FigureId(FigureKind.BenchmarkComparison, indicator.IndikatorCode), benchmark.Capaian, capaianRule, policies, [], expected);
        }
    }

    // The value a capaian cell prints is the one the policy grades and averages: capped when the
    // policy caps. The value before (or after) the cap is the first alternative.
    private static void AddCapaian(FigureId id, CapaianResult capaian, string rule, LkipPolicies policies, List<Alternative> alternatives, Dictionary<FigureId, ExpectedFigure> expected)
    {
        if (!capaian.HasValue)
        {
            return;
        }
        bool capped = policies.Capaian.Capping.HasCeiling || policies.Capaian.Capping.HasFloor;
        var all = new List<Alternative>();
        if (capaian.WasCapped)
        {
            all.Add(new Alternative(capaian.Raw, PolicyText.NoCap));
        }
        else if (!capped && capaian.Raw > 100m)
        {
            all.Add(new Alternative(100m, PolicyText.CapAt100));
        }
        all.AddRange(alternatives);
        expected.TryAdd(id, new ExpectedNumber(capped ? capaian.Value : capaian.Raw, NumberRole.Computed, rule, all));
    }

    private static void AddMean(FigureId capaianId, FigureId predikatId, CapaianMean mean, CapaianResult[] parts, LkipPolicies policies, string gradeRule,
        Dictionary<FigureId, ExpectedFigure> expected)
    {
        if (!mean.HasValue)
        {
            return;
        }
        var otherBasis = policies.GradeOn == CapaianBasis.Raw ? CapaianBasis.Capped : CapaianBasis.Raw;
        var other = CapaianAggregation.Mean(parts, otherBasis);
        var alternatives = new List<Alternative>();
        if (other.HasValue && other.Value != mean.Value)
        {
            alternatives.Add(new Alternative(other.Value, otherBasis == CapaianBasis.Raw ? PolicyText.MeanBeforeCap : PolicyText.MeanCapped));
        }
        expected.TryAdd(capaianId, new ExpectedNumber(mean.Value, NumberRole.Computed, "mean of the indicators' capaian, " + gradeRule, alternatives));
        var gradeAlternatives = new List<(PredikatBand, PolicyText)>();
        if (other.HasValue && policies.Scale.Grade(other.Value).Band is { } band)
        {
            gradeAlternatives.Add((band, otherBasis == CapaianBasis.Raw ? PolicyText.GradeMeanBeforeCap : PolicyText.GradeMeanCapped));
        }
        expected.TryAdd(predikatId, new ExpectedGrade(policies.Scale, policies.Scale.Grade(mean.Value).Band, mean.Value, gradeRule, gradeAlternatives));
    }

    private static void AddBudget(BudgetRealisation budget, BudgetTree tree, Dictionary<FigureId, ExpectedFigure> expected)
    {
        foreach (var row in budget.Rows)
        {
            bool summed = tree.Find(row.Key)?.HasChildren ?? false;
            AddFigures(row.Key, row.Figures, summed ? NumberRole.Sum : NumberRole.Input, expected);
            if (row.ShareOfUnit is { } share)
            {
                expected.TryAdd(new FigureId(FigureKind.Share, row.Key), new ExpectedNumber(share, NumberRole.Computed, "share = pagu / the unit's pagu × 100"));
            }
        }
        foreach (var sasaran in budget.Sasaran)
        {
            AddFigures(sasaran.SasaranCode, sasaran.Figures, NumberRole.Sum, expected);
        }
        AddFigures(string.Empty, budget.Unit, NumberRole.Sum, expected);
    }

    private static void AddFigures(string subject, BudgetFigures figures, NumberRole role, Dictionary<FigureId, ExpectedFigure> expected)
    {
        const string SumRule = "money: the sum of the lines below";
        if (figures.PaguMurni is { } murni)
        {
            expected.TryAdd(new FigureId(FigureKind.PaguMurni, subject), new ExpectedNumber(murni, role, SumRule, ratio: false));
        }
        if (figures.PaguPerubahan is { } perubahan)
        {
            expected.TryAdd(new FigureId(FigureKind.PaguPerubahan, subject), new ExpectedNumber(perubahan, role, SumRule, ratio: false));
        }
        if (figures.Realisasi is { } realisasi)
        {
            expected.TryAdd(new FigureId(FigureKind.RealisasiAnggaran, subject), new ExpectedNumber(realisasi, role, SumRule, ratio: false));
        }
        if (figures.Serapan.ValueOrNull is { } serapan)
        {
            // A table may take its percentages over either pagu column: both are right.
            var accepted = new List<decimal>();
            foreach (decimal? pagu in (decimal?[])[figures.PaguMurni, figures.PaguPerubahan])
            {
                if (SerapanResult.Calculate(figures.Realisasi, pagu).ValueOrNull is { } other)
                {
                    accepted.Add(other);
                }
            }
            expected.TryAdd(new FigureId(FigureKind.Serapan, subject), new ExpectedNumber(serapan, NumberRole.Computed, "serapan = realisasi / pagu × 100", accepted: accepted));
        }
        if (figures.Sisa is { } sisa)
        {
            expected.TryAdd(new FigureId(FigureKind.Sisa, subject), new ExpectedNumber(sisa, NumberRole.Computed, "sisa = pagu − realisasi", ratio: false));
        }
    }
}
