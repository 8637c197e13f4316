using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement;

/// <summary>
/// An ordered set of qualitative grades, worst first: SAKIP grades (D … AA), audit opinions
/// (TMP … WTP), availability (tidak tersedia / tersedia), or a caller's own list.
/// </summary>
/// <remarks>
/// <para>A scale is data: its grades and their order are given at construction and validated
/// (no blank or duplicate codes, at least two grades). Codes are matched case-insensitively.</para>
/// <para>Equality is structural: same name and same grades in the same order.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class OrdinalScale : IEquatable<OrdinalScale>
{
    private readonly Dictionary<string, int> rankByCode;

    /// <summary>Initializes a new scale.</summary>
    /// <param name="name">The scale's name, e.g. <c>Predikat SAKIP</c>.</param>
    /// <param name="codesWorstFirst">The grade codes, worst first.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, fewer than two codes are given, or a code is blank or repeated.</exception>
    public OrdinalScale(string name, IEnumerable<string> codesWorstFirst)
    {
        Name = Preconditions.CheckNotBlank(name);
        var codes = Preconditions.CheckElementsNotNull(codesWorstFirst);
        Preconditions.CheckArgument(codes.Length >= 2, nameof(codesWorstFirst), "An ordinal scale needs at least two grades.");
        rankByCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < codes.Length; i++)
        {
            string code = codes[i];
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(codesWorstFirst), "Grade {0} is blank.", i);
            Preconditions.CheckArgument(code.Trim() == code, nameof(codesWorstFirst), "Grade '{0}' has surrounding white space.", code);
            Preconditions.CheckArgument(rankByCode.TryAdd(code, i), nameof(codesWorstFirst), "Grade '{0}' appears twice.", code);
        }
        Codes = new EquatableArray<string>(codes);
    }

    /// <summary>Gets the SAKIP evaluation grades of PermenPANRB 88/2021, worst first: D, C, CC, B, BB, A, AA.</summary>
    public static OrdinalScale SakipGrade { get; } = new("Predikat SAKIP (PermenPANRB 88/2021)", ["D", "C", "CC", "B", "BB", "A", "AA"]);

    /// <summary>Gets the BPK audit opinions, worst first: TMP (tidak menyatakan pendapat), TW (tidak wajar), WDP (wajar dengan pengecualian), WTP (wajar tanpa pengecualian).</summary>
    public static OrdinalScale AuditOpinion { get; } = new("Opini BPK", ["TMP", "TW", "WDP", "WTP"]);

    /// <summary>Gets the two-valued availability scale: <c>Tidak Tersedia</c>, <c>Tersedia</c>.</summary>
    public static OrdinalScale Availability { get; } = new("Ketersediaan", ["Tidak Tersedia", "Tersedia"]);

    /// <summary>Gets the scale's name.</summary>
    public string Name { get; }

    /// <summary>Gets the grade codes, worst first.</summary>
    public EquatableArray<string> Codes { get; }

    /// <summary>Gets the number of grades.</summary>
    public int Count => Codes.Count;

    /// <summary>Gets the best grade.</summary>
    public OrdinalGrade Best => new(this, Count - 1);

    /// <summary>Gets the worst grade.</summary>
    public OrdinalGrade Worst => new(this, 0);

    /// <summary>Returns the grade with a code.</summary>
    /// <param name="code">The code, matched case-insensitively.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">The scale has no such grade.</exception>
    public OrdinalGrade this[string code]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(code);
            return TryGetGrade(code, out var grade)
                ? grade
                : throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The scale '{Name}' has no grade '{code}'; it has {string.Join(", ", Codes)}."),
                    nameof(code));
        }
    }

    /// <summary>Looks up a grade by code.</summary>
    /// <param name="code">The code, matched case-insensitively after trimming.</param>
    /// <param name="grade">The grade when found.</param>
    /// <returns><see langword="true"/> when the scale has the grade.</returns>
    public bool TryGetGrade([NotNullWhen(true)] string? code, out OrdinalGrade grade)
    {
        if (code is not null && rankByCode.TryGetValue(code.Trim(), out int rank))
        {
            grade = new OrdinalGrade(this, rank);
            return true;
        }
        grade = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(OrdinalScale? other) =>
        ReferenceEquals(this, other) || (other is not null && Name == other.Name && Codes == other.Codes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrdinalScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Codes);

    /// <summary>Returns the name and the grades, e.g. <c>Opini BPK (TMP &lt; TW &lt; WDP &lt; WTP)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({string.Join(" < ", Codes.AsImmutableArray())})";

    internal string CodeAt(int rank) => Codes[rank];
}
