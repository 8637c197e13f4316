using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Lke;

/// <summary>One answer an evaluator can give to a criterion: its code and the share of the criterion it earns (0 to 1).</summary>
/// <remarks><threadsafety>This type is an immutable value type and thread-safe.</threadsafety></remarks>
public readonly record struct LkeAnswer
{
    /// <summary>Creates an answer.</summary>
    /// <param name="code">The code the worksheet uses: <c>Y</c>, <c>T</c>, <c>A</c> … <c>E</c>.</param>
    /// <param name="value">The share of the criterion it earns, from 0 to 1 (<c>B</c> = 0,75).</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not within 0 and 1.</exception>
    public LkeAnswer(string code, decimal value)
    {
        Code = Preconditions.CheckNotBlank(code);
        Value = Preconditions.CheckRange(value, 0m, 1m);
    }

    /// <summary>Gets the code the worksheet uses.</summary>
    public string Code { get => field ?? string.Empty; }

    /// <summary>Gets the share of the criterion the answer earns, 0 to 1.</summary>
    public decimal Value { get; }

    /// <summary>Returns the code and value, e.g. <c>B = 0.75</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} = {Value}");
}

/// <summary>
/// The answers a worksheet allows, as data: Y/T (1/0), A–E (1/0,75/0,5/0,25/0), A–D
/// (1/0,66/0,33/0), or the caller's. Codes are unique and read case-insensitively; the answers
/// are kept in ascending order of value, so "one step up" is the next answer.
/// </summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed class LkeAnswerScale : IEquatable<LkeAnswerScale>
{
    /// <summary>Creates a scale.</summary>
    /// <param name="name">The scale's name, e.g. <c>A-E</c>.</param>
    /// <param name="answers">The answers, in any order; at least two, codes unique (ignoring case), values distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="ArgumentException">A blank name, fewer than two answers, or a code or value given twice.</exception>
    public LkeAnswerScale(string name, IEnumerable<LkeAnswer> answers)
    {
        Name = Preconditions.CheckNotBlank(name);
        var list = Preconditions.CheckNotNull(answers).ToList();
        Preconditions.CheckArgument(list.Count >= 2, nameof(answers), "A scale needs at least two answers.");
        Preconditions.CheckArgument(list.Select(a => a.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Count, nameof(answers),
            "Each answer code may appear once (codes are read ignoring case).");
        Preconditions.CheckArgument(list.Select(a => a.Value).Distinct().Count() == list.Count, nameof(answers),
            "Each answer must earn a different value, so that the answers are ordered.");
        Answers = EquatableArray.Create(list.OrderBy(a => a.Value).ToArray());
    }

    /// <summary>Gets the Y/T scale: Ya = 1, Tidak = 0.</summary>
    public static LkeAnswerScale YaTidak { get; } = new("Y/T", [new("Y", 1m), new("T", 0m)]);

    /// <summary>Gets the A–E scale of PermenPANRB 88/2021 worksheets: 1; 0,75; 0,5; 0,25; 0.</summary>
    public static LkeAnswerScale AToE { get; } = new("A-E", [new("A", 1m), new("B", 0.75m), new("C", 0.5m), new("D", 0.25m), new("E", 0m)]);

    /// <summary>Gets the A–D scale some applications use: 1; 0,66; 0,33; 0.</summary>
    public static LkeAnswerScale AToD { get; } = new("A-D", [new("A", 1m), new("B", 0.66m), new("C", 0.33m), new("D", 0m)]);

    /// <summary>Gets the A–E scale in fifths some applications use: 1; 0,8; 0,6; 0,4; 0,2.</summary>
    public static LkeAnswerScale AToEFifths { get; } = new("A-E (1/0,8/0,6/0,4/0,2)", [new("A", 1m), new("B", 0.8m), new("C", 0.6m), new("D", 0.4m), new("E", 0.2m)]);

    /// <summary>Gets the scale's name.</summary>
    public string Name { get; }

    /// <summary>Gets the answers in ascending order of value (the worst first).</summary>
    public EquatableArray<LkeAnswer> Answers { get; }

    /// <summary>Gets the best answer.</summary>
    public LkeAnswer Best => Answers[^1];

    /// <summary>Finds an answer by its code, ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="answer">The answer, when found.</param>
    /// <returns>Whether the scale has the code.</returns>
    public bool TryFind(string code, out LkeAnswer answer)
    {
        Preconditions.CheckNotNull(code);
        foreach (var candidate in Answers)
        {
            if (string.Equals(candidate.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                answer = candidate;
                return true;
            }
        }
        answer = default;
        return false;
    }

    /// <summary>
    /// Returns the answer one step up from the given one, or, for an unanswered criterion, the
    /// lowest answer that earns anything; none above the best answer.
    /// </summary>
    /// <param name="answer">The current answer, or null when the criterion is unanswered.</param>
    /// <returns>The next answer, or null when there is none.</returns>
    public LkeAnswer? StepUp(LkeAnswer? answer)
    {
        if (answer is not { } current)
        {
            return Answers.First(a => a.Value > 0m);
        }
        int index = IndexOf(current);
        return index < Answers.Count - 1 ? Answers[index + 1] : null;
    }

    // Equal answers are equal in code and value; the scale compares codes ignoring case.
    private int IndexOf(LkeAnswer answer)
    {
        for (int i = 0; i < Answers.Count; i++)
        {
            if (Answers[i].Value == answer.Value && string.Equals(Answers[i].Code, answer.Code, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        throw new ArgumentException($"The answer {answer} is not on scale '{Name}'.", nameof(answer));
    }

    /// <inheritdoc/>
    public bool Equals(LkeAnswerScale? other) => other is not null && Name == other.Name && Answers.Equals(other.Answers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LkeAnswerScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Answers);

    /// <summary>Returns the name and the answers, e.g. <c>A-E (E = 0, D = 0.25, …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({string.Join(", ", Answers)})";
}
