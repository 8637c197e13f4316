using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Scales;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Lke;

/// <summary>One sub-komponen's value: its weight, its value in points, and which criteria were left unanswered.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeSubKomponenResult
{
    internal LkeSubKomponenResult(LkeKomponen komponen, LkeSubKomponen sub, Rational value, int answered, EquatableArray<string> unanswered)
    {
        Code = $"{komponen.Code}.{sub.Code}";
        Name = sub.Name;
        Weight = sub.Weight;
        Aggregation = sub.Aggregation;
        ExactValue = value;
        Value = value.ToDecimal(LkeResult.DecimalPlaces);
        Answered = answered;
        Unanswered = unanswered;
    }

    /// <summary>Gets the sub-komponen's code with its komponen's (<c>3.b</c>).</summary>
    public string Code { get; }

    /// <summary>Gets what it evaluates.</summary>
    public string Name { get; }

    /// <summary>Gets its weight in points: the most it can score.</summary>
    public decimal Weight { get; }

    /// <summary>Gets how its criteria made its value.</summary>
    public LkeAggregation Aggregation { get; }

    /// <summary>Gets its value in points, the exact value rounded once to 16 places.</summary>
    public decimal Value { get; }

    /// <summary>Gets how many of its criteria were answered.</summary>
    public int Answered { get; }

    /// <summary>Gets the worksheet codes of its unanswered criteria, in order.</summary>
    public EquatableArray<string> Unanswered { get; }

    internal Rational ExactValue { get; }
}

/// <summary>One komponen's value: the sum of its sub-komponen.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeKomponenResult
{
    internal LkeKomponenResult(LkeKomponen komponen, EquatableArray<LkeSubKomponenResult> subKomponen, Rational value)
    {
        Code = komponen.Code;
        Name = komponen.Name;
        Weight = komponen.Weight;
        SubKomponen = subKomponen;
        Value = value.ToDecimal(LkeResult.DecimalPlaces);
    }

    /// <summary>Gets the komponen's number.</summary>
    public string Code { get; }

    /// <summary>Gets what it evaluates.</summary>
    public string Name { get; }

    /// <summary>Gets its weight in points: the most it can score.</summary>
    public decimal Weight { get; }

    /// <summary>Gets its sub-komponen's values.</summary>
    public EquatableArray<LkeSubKomponenResult> SubKomponen { get; }

    /// <summary>Gets its value in points, the exact sum rounded once to 16 places.</summary>
    public decimal Value { get; }
}

/// <summary>
/// A scored LKE worksheet: each komponen and sub-komponen, the total (0–100, exact, rounded
/// only when shown) and its predikat. The predikat is graded on the exact total, so a total of
/// exactly 80 is BB on the 88/2021 scale and 80 + 1/27720 is A.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeResult
{
    /// <summary>The places <see cref="Total"/> and the values keep: the exact value is rounded once to them.</summary>
    public const int DecimalPlaces = 16;

    internal LkeResult(LkeDefinition definition, EquatableArray<LkeKomponenResult> komponen, Rational total)
    {
        Regime = definition.Regime;
        Komponen = komponen;
        ExactTotal = total;
        Total = total.ToDecimal(DecimalPlaces);
        Predikat = definition.PredikatScale.Classify(total);
        Unanswered = EquatableArray.Create(komponen.SelectMany(k => k.SubKomponen).SelectMany(s => s.Unanswered));
    }

    /// <summary>Gets the regime the worksheet follows.</summary>
    public string Regime { get; }

    /// <summary>Gets the komponen's values, in the definition's order.</summary>
    public EquatableArray<LkeKomponenResult> Komponen { get; }

    /// <summary>Gets the total, 0 to 100: the exact sum rounded once to 16 places.</summary>
    public decimal Total { get; }

    /// <summary>Gets the predikat of the exact total.</summary>
    public PredikatBand Predikat { get; }

    /// <summary>Gets the worksheet codes of every unanswered criterion, in order.</summary>
    public EquatableArray<string> Unanswered { get; }

    internal Rational ExactTotal { get; }

    /// <summary>Returns the total rounded half away from zero, as a report prints it (<c>80,41</c>).</summary>
    /// <param name="decimalPlaces">The places, 0 to 16.</param>
    /// <returns>The rounded total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimalPlaces"/> is outside 0–16.</exception>
    public decimal RoundTotal(int decimalPlaces) => ExactTotal.ToDecimal(Preconditions.CheckRange(decimalPlaces, 0, DecimalPlaces));

    /// <summary>Returns the total and the predikat, e.g. <c>BB (80)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Predikat.Code} ({RoundTotal(2)})");
}

/// <summary>
/// What raising one criterion by one answer step would do: the new answer, the gain in total
/// score, the new total and whether the predikat changes.
/// </summary>
/// <param name="Criterion">The criterion's worksheet code.</param>
/// <param name="Text">What the criterion asks.</param>
/// <param name="From">The current answer, or null when unanswered.</param>
/// <param name="To">The answer one step up.</param>
/// <param name="Gain">The gain in total score (exact, rounded once to 16 places).</param>
/// <param name="Total">The new total (rounded once to 16 places).</param>
/// <param name="Predikat">The new total's predikat.</param>
/// <param name="ChangesPredikat">Whether the new predikat differs from the current one.</param>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeImprovement(string Criterion, string Text, LkeAnswer? From, LkeAnswer To, decimal Gain, decimal Total, PredikatBand Predikat, bool ChangesPredikat);

/// <summary>
/// Scores LKE worksheets exactly (fractions, no rounding until a figure is shown) and answers the
/// question every unit asks its evaluator: which single step up gains the most.
/// </summary>
public static class LkeCalculator
{
    /// <summary>Scores a worksheet: each sub-komponen by its aggregation, each komponen as their sum, the total and its predikat.</summary>
    /// <param name="worksheet">The filled worksheet.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="worksheet"/> is null.</exception>
    public static LkeResult Score(LkeWorksheet worksheet)
    {
        Preconditions.CheckNotNull(worksheet);
        var definition = worksheet.Definition;
        var komponen = new List<LkeKomponenResult>();
        var total = Rational.Zero;
        foreach (var k in definition.Komponen)
        {
            var subs = new List<LkeSubKomponenResult>();
            var sum = Rational.Zero;
            foreach (var s in k.SubKomponen)
            {
                var sub = ScoreSub(worksheet, k, s);
                subs.Add(sub);
                sum += sub.ExactValue;
            }
            komponen.Add(new LkeKomponenResult(k, EquatableArray.Create(subs.ToArray()), sum));
            total += sum;
        }
        return new LkeResult(definition, EquatableArray.Create(komponen.ToArray()), total);
    }

    /// <summary>
    /// Ranks every criterion below the best answer by what one step up would gain (an
    /// unanswered criterion steps to the lowest answer that earns anything): the largest gain
    /// first, ties in worksheet order.
    /// </summary>
    /// <param name="worksheet">The filled worksheet.</param>
    /// <returns>The improvements, ranked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="worksheet"/> is null.</exception>
    public static IReadOnlyList<LkeImprovement> WhatIf(LkeWorksheet worksheet)
    {
        Preconditions.CheckNotNull(worksheet);
        var current = Score(worksheet);
        var definition = worksheet.Definition;
        var improvements = new List<(LkeImprovement Improvement, Rational Gain, int Order)>();
        int order = 0;
        foreach (var k in definition.Komponen)
        {
            foreach (var s in k.SubKomponen)
            {
                foreach (var c in s.Criteria)
                {
                    string code = LkeDefinition.CodeOf(k, s, c);
                    var from = worksheet.AnswerTo(code);
                    if (definition.AnswerScale.StepUp(from) is not { } to)
                    {
                        continue;
                    }
                    var raised = Score(worksheet.With(code, to.Code));
                    var gain = raised.ExactTotal + (current.ExactTotal * Rational.Of(-1, 1));
                    improvements.Add((new LkeImprovement(code, c.Text, from, to, gain.ToDecimal(LkeResult.DecimalPlaces), raised.Total, raised.Predikat,
                        !raised.Predikat.Equals(current.Predikat)), gain, order++));
                }
            }
        }
        return improvements.OrderByDescending(i => i.Gain).ThenBy(i => i.Order).Select(i => i.Improvement).ToArray();
    }

    private static LkeSubKomponenResult ScoreSub(LkeWorksheet worksheet, LkeKomponen komponen, LkeSubKomponen sub)
    {
        bool excluded = worksheet.Definition.Unanswered == LkeUnansweredPolicy.Excluded;
        var earned = Rational.Zero;     // Σ answer value × criterion weight (1 each for rata-rata)
        var counted = Rational.Zero;    // Σ criterion weight of what counts
        var unanswered = new List<string>();
        int answered = 0;
        foreach (var criterion in sub.Criteria)
        {
            string code = LkeDefinition.CodeOf(komponen, sub, criterion);
            var weight = sub.Aggregation == LkeAggregation.Akumulasi ? Rational.FromDecimal(criterion.Weight!.Value) : Rational.Of(1, 1);
            if (worksheet.AnswerTo(code) is { } answer)
            {
                answered++;
                earned += Rational.FromDecimal(answer.Value) * weight;
                counted += weight;
            }
            else
            {
                unanswered.Add(code);
                if (!excluded)
                {
                    counted += weight;
                }
            }
        }
        // Rata-rata: mean × weight; akumulasi: the weighted sum, which over every criterion is the
        // same as (Σ v·w / Σ w) × weight because the criteria's weights sum to the sub-komponen's.
        var value = counted == Rational.Zero ? Rational.Zero : earned / counted * Rational.FromDecimal(sub.Weight);
        return new LkeSubKomponenResult(komponen, sub, value, answered, EquatableArray.Create(unanswered.ToArray()));
    }
}
