using System;
using System.Collections.Generic;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Lke;

/// <summary>
/// A filled LKE worksheet: the definition and the evaluator's answer to each criterion, by the
/// criterion's worksheet code (<c>3.b.2</c>). Criteria left out are unanswered, and the
/// definition's policy says what they count for.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class LkeWorksheet : IEquatable<LkeWorksheet>
{
    private readonly Dictionary<string, LkeAnswer> answers;

    /// <summary>Creates a worksheet from answer codes, checking each against the definition.</summary>
    /// <param name="definition">The worksheet's definition.</param>
    /// <param name="answers">Each answered criterion's worksheet code and answer code (<c>("3.b.2", "B")</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="SakipDataException">A criterion the definition does not have, a criterion answered twice, or an answer the scale does not have; the message names <c>answers[3.b.2]</c> and the text.</exception>
    public LkeWorksheet(LkeDefinition definition, IEnumerable<KeyValuePair<string, string>> answers)
    {
        Definition = Preconditions.CheckNotNull(definition);
        this.answers = new Dictionary<string, LkeAnswer>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, text) in Preconditions.CheckNotNull(answers))
        {
            string path = $"answers[{code}]";
            if (code is null || !definition.TryFindCriterion(code, out _))
            {
                throw new SakipDataException(path, code, $"The worksheet ({definition.Regime}) has no criterion with this code; codes are komponen.sub-komponen.criterion, e.g. 3.b.2.");
            }
            if (text is null || !definition.AnswerScale.TryFind(text, out var answer))
            {
                throw new SakipDataException(path, text, $"Not an answer of scale {definition.AnswerScale}.");
            }
            if (!this.answers.TryAdd(code.Trim(), answer))
            {
                throw new SakipDataException(path, text, "The criterion is answered twice.");
            }
        }
    }

    private LkeWorksheet(LkeDefinition definition, Dictionary<string, LkeAnswer> answers)
    {
        Definition = definition;
        this.answers = answers;
    }

    /// <summary>Gets the worksheet's definition.</summary>
    public LkeDefinition Definition { get; }

    /// <summary>Gets the number of answered criteria.</summary>
    public int AnsweredCount => answers.Count;

    /// <summary>Returns a criterion's answer, or null when it is unanswered.</summary>
    /// <param name="code">The criterion's worksheet code.</param>
    /// <returns>The answer, or null.</returns>
    public LkeAnswer? AnswerTo(string code) => answers.TryGetValue(Preconditions.CheckNotNull(code).Trim(), out var answer) ? answer : null;

    /// <summary>Returns a worksheet with one criterion answered otherwise, the others unchanged.</summary>
    /// <param name="code">The criterion's worksheet code.</param>
    /// <param name="answer">The new answer's code, or null to leave the criterion unanswered.</param>
    /// <returns>The new worksheet.</returns>
    /// <exception cref="ArgumentException">The definition has no such criterion, or its scale no such answer.</exception>
    public LkeWorksheet With(string code, string? answer)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(Definition.TryFindCriterion(code, out _), nameof(code), "The worksheet has no criterion '{0}'.", code);
        var copy = new Dictionary<string, LkeAnswer>(answers, StringComparer.OrdinalIgnoreCase);
        if (answer is null)
        {
            copy.Remove(code.Trim());
        }
        else
        {
            Preconditions.CheckArgument(Definition.AnswerScale.TryFind(answer, out var found), nameof(answer), "'{0}' is not an answer of the worksheet's scale.", answer);
            copy[code.Trim()] = found;
        }
        return new LkeWorksheet(Definition, copy);
    }

    /// <inheritdoc/>
    public bool Equals(LkeWorksheet? other) =>
        other is not null && Definition.Equals(other.Definition) && answers.Count == other.answers.Count
        && answers.All(a => other.answers.TryGetValue(a.Key, out var b) && a.Value.Equals(b));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LkeWorksheet);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Definition, answers.Count);

    /// <summary>Returns the regime and how many criteria are answered.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"LKE {Definition.Regime}: {answers.Count} of {Definition.CriterionCodes.Count()} answered";
}

/// <summary>An evaluation: whose SAKIP was evaluated, for which year, by whom, and the filled worksheet.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkeEvaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="unit">The evaluated unit, e.g. Kecamatan Patrang.</param>
    /// <param name="year">The year evaluated (the LKIP's year).</param>
    /// <param name="worksheet">The filled worksheet.</param>
    /// <param name="evaluator">Who evaluated, e.g. the Inspektorat; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="worksheet"/> is null.</exception>
    public LkeEvaluation(string unit, FiscalYear year, LkeWorksheet worksheet, string? evaluator = null)
    {
        Unit = Preconditions.CheckNotBlank(unit);
        Year = year;
        Worksheet = Preconditions.CheckNotNull(worksheet);
        Evaluator = evaluator;
    }

    /// <summary>Gets the evaluated unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the year evaluated.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the filled worksheet.</summary>
    public LkeWorksheet Worksheet { get; }

    /// <summary>Gets who evaluated, when given.</summary>
    public string? Evaluator { get; }
}
