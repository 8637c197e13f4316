using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Measurement.Ikm;
using Sakip.Measurement.Ipp;

namespace Sakip.Measurement.Tests.Properties;

/// <summary>
/// A survey: one row of answers per respondent (1–4, 0 = unanswered), for the nine-element
/// PermenPANRB 14/2017 questionnaire or the fourteen-element Kepmenpan 25/2004 one. The first
/// respondent answers every element, so every element has at least one answer.
/// </summary>
public sealed record Survey(IkmDefinition Definition, int[][] Rows)
{
    public SurveyTally Tally()
    {
        var tally = new SurveyTally(Definition);
        foreach (int[] row in Rows)
        {
            tally.AddRespondent(row);
        }
        return tally;
    }

    public override string ToString() =>
        $"{Definition.Name}, {Rows.Length} respondents: " + string.Join(" ", Rows.Select(r => "[" + string.Join(",", r) + "]"));
}

/// <summary>A survey and one cell of it to raise: row, element and the new, higher answer (when the cell holds 1–3).</summary>
public sealed record SurveyCell(Survey Survey, int Row, int Element, int Raise);

/// <summary>A survey and the same respondents in another order.</summary>
public sealed record ShuffledSurvey(Survey Survey, int[][] Shuffled)
{
    public override string ToString() => $"{Survey} | shuffled: " + string.Join(" ", Shuffled.Select(r => "[" + string.Join(",", r) + "]"));
}

/// <summary>A survey and the ascending positions where it is cut into batches (possibly empty ones).</summary>
public sealed record SplitSurvey(Survey Survey, int[] Cuts)
{
    public override string ToString() => $"{Survey} | cuts at {string.Join(",", Cuts)}";
}

/// <summary>A value in [0, 5] with 0 to 10 decimals, often on or next to an IPP category bound.</summary>
public readonly record struct IppValue(decimal Value);

public static class IkmArbitraries
{
    private static readonly IkmDefinition[] Definitions = [IkmDefinition.PermenPanRb14Tahun2017, IkmDefinition.Kepmenpan25Tahun2004];

    // About 10 % unanswered, otherwise 1–4 uniformly.
    private static readonly Gen<int> Answer = Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 4)));

    private static Gen<Survey> RandomSurvey =>
        from definition in Gen.Elements(Definitions)
        from first in Gen.ArrayOf(Gen.Choose(1, 4), definition.ElementCount)
        from rest in Gen.ArrayOf(Gen.ArrayOf(Answer, definition.ElementCount))
        select new Survey(definition, [first, .. rest]);

    // Everybody gives the same answer to everything: the ends of the scale (all 1 → 25, all 4 → 100)
    // and the exact midpoints, which random surveys almost never hit.
    private static Gen<Survey> UniformSurvey =>
        from definition in Gen.Elements(Definitions)
        from answer in Gen.Choose(1, 4)
        from respondents in Gen.Choose(1, 20)
        select new Survey(definition, Enumerable.Range(0, respondents).Select(_ => Enumerable.Repeat(answer, definition.ElementCount).ToArray()).ToArray());

    // Only 1s and 4s (and skips): NRRs far apart, for the monotonicity and weight bounds.
    private static Gen<Survey> ExtremeSurvey =>
        from definition in Gen.Elements(Definitions)
        from first in Gen.ArrayOf(Gen.Elements(1, 4), definition.ElementCount)
        from rest in Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(0, 1, 4), definition.ElementCount))
        select new Survey(definition, [first, .. rest]);

    private static Gen<Survey> AnySurvey => Gen.Frequency((6, RandomSurvey), (2, UniformSurvey), (2, ExtremeSurvey));

    public static Arbitrary<Survey> Survey() => AnySurvey.ToArbitrary();

    public static Arbitrary<SurveyCell> SurveyCell() =>
        (from survey in AnySurvey
         from row in Gen.Choose(0, survey.Rows.Length - 1)
         from element in Gen.Choose(0, survey.Definition.ElementCount - 1)
         from raise in Gen.Choose(1, 3)
         select new SurveyCell(survey, row, element, raise)).ToArbitrary();

    public static Arbitrary<ShuffledSurvey> ShuffledSurvey() =>
        (from survey in AnySurvey
         from shuffled in Gen.Shuffle(survey.Rows)
         select new ShuffledSurvey(survey, shuffled)).ToArbitrary();

    public static Arbitrary<SplitSurvey> SplitSurvey() =>
        (from survey in AnySurvey
         from cuts in Gen.ArrayOf(Gen.Choose(0, survey.Rows.Length))
         select new SplitSurvey(survey, cuts.Order().ToArray())).ToArbitrary();

    public static Arbitrary<IppValue> IppValue()
    {
        decimal[] bounds = [0m, 1m, 1.5m, 2m, 2.5m, 3m, 3.5m, 4m, 4.5m, 5m];
        decimal[] nudges = [0m, 0.01m, -0.01m, 0.005m, -0.005m, 0.0000000001m, -0.0000000001m];
        var nearBound =
            from b in Gen.Elements(bounds)
            from d in Gen.Elements(nudges)
            select Math.Clamp(b + d, 0m, 5m);
        var twoDecimals = Gen.Choose(0, 500).Select(i => i / 100m);
        var sixDecimals = Gen.Choose(0, 5_000_000).Select(i => i / 1_000_000m);
        return Gen.OneOf(nearBound, twoDecimals, sixDecimals).Select(v => new IppValue(v)).ToArbitrary();
    }
}

[Properties(Arbitrary = [typeof(IkmArbitraries)], MaxTest = 300)]
public class IkmProperties
{
    /// <summary>
    /// With 1 ≤ NRR ≤ 4 and weights 1/n summing to 1, the unit value lies in [1, 4] and the IKM in
    /// [25, 100], exactly: the uniform surveys in the generator hit both ends (an all-"1" survey
    /// gave 24,999…998 before commit d06b72e, see <c>IkmExactWeightRoundingTests</c>).
    /// </summary>
    [Property]
    public bool Ikm_ExactWeights_LiesWithin25And100(Survey survey)
    {
        var r = IkmCalculator.FromAnswers(survey.Definition, survey.Rows);
        return r.Value is >= 25m and <= 100m
            && r.UnitValue is >= 1m and <= 4m
            && r.Elements.All(e => e.Nrr is >= 1m and <= 4m && e.Converted is >= 25m and <= 100m);
    }

    [Property]
    public bool RaisingOneAnswer_NeverLowersTheIkm(SurveyCell cell)
    {
        var survey = cell.Survey;
        int old = survey.Rows[cell.Row][cell.Element];
        if (old is 0 or 4)
        {
            return true; // nothing to raise (raising a skip to 1 could lower the element's NRR)
        }
        int[][] raised = survey.Rows.Select(r => (int[])r.Clone()).ToArray();
        raised[cell.Row][cell.Element] = Math.Min(4, old + cell.Raise);

        foreach (var weighting in new[] { IkmWeighting.Exact, IkmWeighting.Legacy })
        {
            var before = IkmCalculator.FromAnswers(survey.Definition, survey.Rows, weighting);
            var after = IkmCalculator.FromAnswers(survey.Definition, raised, weighting);
            if (after.Value < before.Value || after.Elements[cell.Element].Nrr <= before.Elements[cell.Element].Nrr)
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool RespondentOrder_ChangesNeitherCountsNorIkm(ShuffledSurvey pair)
    {
        var original = pair.Survey.Tally().ToCounts();
        var shuffled = (pair.Survey with { Rows = pair.Shuffled }).Tally().ToCounts();
        return original.PerElement == shuffled.PerElement
            && original.Respondents == shuffled.Respondents
            && original.RespondentScores!.Value.Count == shuffled.RespondentScores!.Value.Count
            && IkmCalculator.Calculate(original).Value == IkmCalculator.Calculate(shuffled).Value
            && IkmCalculator.Calculate(original, IkmWeighting.Legacy).Value == IkmCalculator.Calculate(shuffled, IkmWeighting.Legacy).Value;
    }

    [Property]
    public bool SplittingIntoBatches_GivesTheSameCountsAndIkm(SplitSurvey split)
    {
        var survey = split.Survey;
        var whole = survey.Tally();

        var merged = new SurveyTally(survey.Definition);
        int start = 0;
        foreach (int end in split.Cuts.Append(survey.Rows.Length))
        {
            var batch = new SurveyTally(survey.Definition);
            for (int i = start; i < end; i++)
            {
                batch.AddRespondent(survey.Rows[i]);
            }
            merged.Add(batch);
            start = end;
        }

        var a = whole.ToCounts();
        var b = merged.ToCounts();
        var sa = a.RespondentScores!.Value;
        var sb = b.RespondentScores!.Value;
        return a.PerElement == b.PerElement
            && a.Respondents == b.Respondents
            // A row that answers nothing is not a respondent (it is counted apart).
            && merged.Respondents == survey.Rows.Count(r => r.Any(a => a != SurveyTally.Unanswered))
            && sa.Count == sb.Count
            && Math.Abs(sa.Sum - sb.Sum) <= 1e-20m
            && Math.Abs(sa.SumOfSquares - sb.SumOfSquares) <= 1e-20m
            && IkmCalculator.Calculate(a).Value == IkmCalculator.Calculate(b).Value;
    }

    /// <summary>
    /// The three input shapes describe the same survey: raw answers, per-element counts, and
    /// per-element percentages computed from those counts (100 × count / answers, to decimal's
    /// 28 digits, so a row can sum to 99,999…9). Answers and counts agree exactly; distributions
    /// to at least 20 decimal places, on every NRR and on the IKM.
    /// </summary>
    [Property]
    public bool RawAnswers_Counts_AndDistributions_Agree(Survey survey)
    {
        var definition = survey.Definition;
        var tallied = survey.Tally().ToCounts();
        var fromAnswers = IkmCalculator.FromAnswers(definition, survey.Rows);
        var fromCounts = IkmCalculator.Calculate(new IkmCounts(definition, tallied.PerElement, tallied.Respondents));
        var distributions = tallied.PerElement
            .Select(c => new AnswerDistribution(100m * c.Ones / c.Total, 100m * c.Twos / c.Total, 100m * c.Threes / c.Total, 100m * c.Fours / c.Total))
            .ToArray();
        var fromDistributions = IkmCalculator.FromDistributions(definition, distributions, tallied.Respondents);

        const decimal Epsilon = 1e-20m;
        bool elementsAgree = Enumerable.Range(0, definition.ElementCount).All(i =>
            fromCounts.Elements[i].Nrr == fromAnswers.Elements[i].Nrr
            && Math.Abs(fromDistributions.Elements[i].Nrr - fromAnswers.Elements[i].Nrr) <= Epsilon);
        return elementsAgree
            && fromCounts.Value == fromAnswers.Value
            && fromCounts.Mutu == fromAnswers.Mutu
            && fromCounts.Respondents == fromAnswers.Respondents
            && fromDistributions.Respondents == fromAnswers.Respondents
            && Math.Abs(fromDistributions.Value - fromAnswers.Value) <= Epsilon;
    }

    /// <summary>
    /// Every element has the same weight w, so IKM(w) = 25 × w × Σ NRR_i and
    /// <code>
    /// legacy − exact = 25 × (w_legacy − 1/n) × Σ NRR_i.
    /// </code>
    /// With 1 ≤ NRR_i ≤ 4, n ≤ Σ NRR_i ≤ 4n, hence
    /// <code>
    /// 25 × 1 × n × |1/n − w_legacy|  ≤  |legacy − exact|  ≤  25 × 4 × n × |1/n − w_legacy|,
    /// </code>
    /// where n × |1/n − w_legacy| = |1 − n × w_legacy| is exact in decimal:
    /// nine elements |1 − 9 × 0,111| = 0,001 → between 0,025 and 0,1 IKM points;
    /// fourteen elements |1 − 14 × 0,071| = 0,006 → between 0,15 and 0,6.
    /// The lower bound is reached by an all-"1" survey, the upper by an all-"4" one. A slack of
    /// 1e-20 absorbs the rounding of the exact weight 1/n (about 1e-27 per element, × 25).
    /// </summary>
    [Property]
    public bool LegacyWeights_DifferFromExact_WithinTheWeightBound(Survey survey)
    {
        var definition = survey.Definition;
        var exact = IkmCalculator.FromAnswers(definition, survey.Rows, IkmWeighting.Exact);
        var legacy = IkmCalculator.FromAnswers(definition, survey.Rows, IkmWeighting.Legacy);

        decimal n = definition.ElementCount;
        decimal gap = Math.Abs(1m - (n * definition.LegacyWeight)); // = n × |1/n − w_legacy|
        decimal upper = definition.ConversionFactor * IkmDefinition.MaxAnswer * gap;
        decimal lower = definition.ConversionFactor * IkmDefinition.MinAnswer * gap;
        decimal difference = Math.Abs(legacy.Value - exact.Value);

        const decimal Slack = 1e-20m;
        bool nineElementBound = definition.ElementCount != 9 || upper == 0.1m;
        return nineElementBound && difference <= upper + Slack && difference >= lower - Slack;
    }
}

[Properties(Arbitrary = [typeof(IkmArbitraries)], MaxTest = 300)]
public class ByteTallyProperties
{
    /// <summary>The survey as one byte per answer, repeated so that whole vector runs are counted too.</summary>
    [Property]
    public bool AddRespondents_OfTheSurveyAsBytes_EqualsAddRespondentRowByRow(Survey survey, byte repeat)
    {
        var rows = Enumerable.Repeat(survey.Rows, 1 + (repeat % 40)).SelectMany(r => r).ToArray();
        var expected = new SurveyTally(survey.Definition);
        foreach (int[] row in rows)
        {
            expected.AddRespondent(row);
        }
        var tally = new SurveyTally(survey.Definition);
        tally.AddRespondents(rows.SelectMany(r => r.Select(a => (byte)a)).ToArray());
        return tally.ToCounts() == expected.ToCounts() && tally.EmptyResponses == expected.EmptyResponses;
    }
}

[Properties(Arbitrary = [typeof(IkmArbitraries)], MaxTest = 2000)]
public class IppProperties
{
    private static readonly PredikatScale Scale = IppScale.PermenPanRb29Tahun2022;

    [Property]
    public bool EveryValueIn0To5_HasExactlyOneCategory(IppValue value)
    {
        var containing = Scale.Bands.Where(b => b.Contains(value.Value)).ToArray();
        return containing.Length == 1
            && Scale.Classify(value.Value) == containing[0]
            && Scale.TryClassify(value.Value, out var band) && band == containing[0]
            && Scale.IndexOf(value.Value) == Scale.Bands.AsImmutableArray().IndexOf(containing[0]);
    }
}
