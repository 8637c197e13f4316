using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Measurement.Lke;

namespace Sakip.Measurement.Tests.Properties;

/// <summary>A filled worksheet: the definition and each criterion's answer (null = unanswered).</summary>
public sealed record FilledWorksheet(LkeDefinition Definition, string?[] Answers)
{
    public LkeWorksheet Worksheet() => new(Definition, Definition.CriterionCodes.Zip(Answers)
        .Where(p => p.Second is not null).Select(p => KeyValuePair.Create(p.First, p.Second!)));

    public override string ToString() => $"{Definition} [{string.Join(",", Answers.Select(a => a ?? "-"))}]";
}

/// <summary>
/// One structure twice: "rata-rata", and "akumulasi" with each criterion's weight an equal share
/// of its sub-komponen's (a share chosen so that the sum is exact), with the same answers.
/// </summary>
public sealed record TwinWorksheets(FilledWorksheet RataRata, FilledWorksheet Akumulasi);

public static class LkeArbitraries
{
    private static readonly LkeAnswerScale[] Scales = [LkeAnswerScale.AToE, LkeAnswerScale.YaTidak, LkeAnswerScale.AToD, LkeAnswerScale.AToEFifths];

    private static Gen<string?[]> Answers(LkeDefinition definition) =>
        Gen.ArrayOf(Gen.Frequency((1, Gen.Constant<string?>(null)), (6, Gen.Elements(definition.AnswerScale.Answers.Select(a => (string?)a.Code).ToArray()))),
            definition.CriterionCodes.Count());

    // Komponen weights from splitting 100 into 1–4 parts of whole points, each split again into
    // 1–3 sub-komponen of whole points, each with 1–6 criteria.
    private static Gen<(int[][] Subs, int[][] Criteria)> Shape =>
        from komponen in Gen.Choose(1, 4)
        from cuts in Gen.ArrayOf(Gen.Choose(1, 99), komponen - 1)
        let bounds = cuts.Distinct().Order().Prepend(0).Append(100).ToArray()
        let weights = bounds.Zip(bounds.Skip(1), (a, b) => b - a).Where(w => w > 0).ToArray()
        from subs in Gen.CollectToArray(weights.Select(w => Gen.Choose(1, System.Math.Min(3, w)).Select(n => Split(w, n))))
        from criteria in Gen.CollectToArray(subs.SelectMany(s => s).Select(_ => Gen.Choose(1, 6)))
        select (subs.ToArray(), new[] { criteria.ToArray() });

    private static int[] Split(int total, int parts) =>
        Enumerable.Range(0, parts).Select(i => (total / parts) + (i < total % parts ? 1 : 0)).ToArray();

    private static LkeDefinition Build(int[][] subs, int[] criteria, LkeAggregation aggregation, LkeAnswerScale scale, LkeUnansweredPolicy policy)
    {
        int next = 0;
        var komponen = subs.Select((weights, k) => new LkeKomponen((k + 1).ToString(CultureInfo.InvariantCulture), $"K{k + 1}", weights.Sum(),
            weights.Select((w, s) =>
            {
                int n = criteria[next++];
                return new LkeSubKomponen(((char)('a' + s)).ToString(), $"S{s}", w, aggregation, Enumerable.Range(1, n).Select(c =>
                    new LkeCriterion(c.ToString(CultureInfo.InvariantCulture), "k", aggregation == LkeAggregation.Akumulasi ? (decimal)w / n : null)));
            }))).ToArray();
        return new LkeDefinition("acak", komponen, scale, policy, PredikatScale.PermenPanRb88Tahun2021);
    }

    private static Gen<LkeDefinition> Definitions =>
        Gen.OneOf(Gen.Constant(LkeDefinition.PermenPanRb88Tahun2021),
            from shape in Shape
            from scale in Gen.Elements(Scales)
            from policy in Gen.Elements(LkeUnansweredPolicy.CountsZero, LkeUnansweredPolicy.Excluded)
            select Build(shape.Subs, shape.Criteria[0], LkeAggregation.RataRata, scale, policy));

    public static Arbitrary<FilledWorksheet> FilledWorksheet() =>
        (from definition in Definitions
         from answers in Answers(definition)
         select new FilledWorksheet(definition, answers)).ToArbitrary();

    // Equal shares must be exact decimals: 1, 2, 4, 5 or 8 criteria per sub-komponen.
    public static Arbitrary<TwinWorksheets> TwinWorksheets() =>
        (from shape in Shape
         from criteria in Gen.Constant(shape.Criteria[0])
         let exact = criteria.Select(n => new[] { 1, 2, 4, 5, 8 }.MinBy(e => System.Math.Abs(e - n))).ToArray()
         from scale in Gen.Elements(Scales)
         from policy in Gen.Elements(LkeUnansweredPolicy.CountsZero, LkeUnansweredPolicy.Excluded)
         let rata = Build(shape.Subs, exact, LkeAggregation.RataRata, scale, policy)
         let akumulasi = Build(shape.Subs, exact, LkeAggregation.Akumulasi, scale, policy)
         from answers in Answers(rata)
         select new TwinWorksheets(new FilledWorksheet(rata, answers), new FilledWorksheet(akumulasi, answers))).ToArbitrary();
}

[Properties(Arbitrary = [typeof(LkeArbitraries)], MaxTest = 200)]
public class LkeProperties
{
    [Property]
    public bool Total_IsWithinZeroAndAHundred(FilledWorksheet sheet)
    {
        var result = LkeCalculator.Score(sheet.Worksheet());
        return result.Total >= 0m && result.Total <= 100m
            && result.Komponen.All(k => k.Value >= 0m && k.Value <= k.Weight && k.SubKomponen.All(s => s.Value >= 0m && s.Value <= s.Weight));
    }

    [Property]
    public bool RaisingAnAnswer_NeverLowersTheTotal(FilledWorksheet sheet, PositiveInt pick)
    {
        var worksheet = sheet.Worksheet();
        var answered = sheet.Definition.CriterionCodes.Where(c => worksheet.AnswerTo(c) is not null).ToArray();
        if (answered.Length == 0)
        {
            return true;
        }
        string code = answered[pick.Get % answered.Length];
        if (sheet.Definition.AnswerScale.StepUp(worksheet.AnswerTo(code)) is not { } higher)
        {
            return true;
        }
        var before = LkeCalculator.Score(worksheet);
        var after = LkeCalculator.Score(worksheet.With(code, higher.Code));
        return after.ExactTotal.CompareTo(before.ExactTotal) >= 0;
    }

    [Property]
    public bool RataRataAndAkumulasiWithEqualShares_Agree(TwinWorksheets twins) =>
        LkeCalculator.Score(twins.RataRata.Worksheet()).ExactTotal == LkeCalculator.Score(twins.Akumulasi.Worksheet()).ExactTotal;

    [Property]
    public bool WhatIfGains_AddUpToTheTotalAfterApplyingThemAll_WhenUnansweredCountZero(FilledWorksheet sheet)
    {
        if (sheet.Definition.Unanswered != LkeUnansweredPolicy.CountsZero)
        {
            return true;
        }
        var worksheet = sheet.Worksheet();
        var before = LkeCalculator.Score(worksheet);
        var improvements = LkeCalculator.WhatIf(worksheet);
        var applied = improvements.Aggregate(worksheet, (w, i) => w.With(i.Criterion, i.To.Code));
        var after = LkeCalculator.Score(applied);
        // The score is linear in the answers, so single-step gains add up; each gain is rounded
        // once to 16 places, so their sum may differ from the exact one by that rounding.
        decimal sum = improvements.Sum(i => i.Gain);
        return System.Math.Abs(before.Total + sum - after.Total) <= improvements.Count * 1e-16m + 1e-16m
            && improvements.Zip(improvements.Skip(1)).All(p => p.First.Gain >= p.Second.Gain);
    }
}
