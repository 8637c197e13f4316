using System;

namespace Sakip.Measurement.Model;

/// <summary>The level of a budget nomenclature code.</summary>
public enum NomenclatureLevel
{
    /// <summary>A program: <c>urusan.bidang.program</c>, e.g. <c>7.01.01</c>.</summary>
    Program = 0,

    /// <summary>A kegiatan: program code plus <c>.x.xx</c>, e.g. <c>7.01.01.2.01</c>.</summary>
    Kegiatan = 1,

    /// <summary>A sub-kegiatan: kegiatan code plus <c>.xxxx</c>, e.g. <c>7.01.01.2.01.0001</c>.</summary>
    SubKegiatan = 2,
}

/// <summary>
/// A program, kegiatan or sub-kegiatan code in the Permendagri 90/2019 nomenclature, e.g.
/// <c>7.01.01.2.01.0001</c>. The urusan and bidang segments may be written <c>X</c>/<c>XX</c> for
/// programs common to all urusan.
/// </summary>
/// <remarks>
/// <para>Segments: urusan (1 character), bidang (2), program (2), then for a kegiatan a group (1)
/// and number (2), then for a sub-kegiatan a number (4). The default value has an empty code
/// and must not be used.</para>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
/// </remarks>
public readonly struct NomenclatureCode : IEquatable<NomenclatureCode>, IComparable<NomenclatureCode>
{
    private static readonly int[] SegmentLengths = [1, 2, 2, 1, 2, 4];

    private readonly string? value;

    private NomenclatureCode(string value, NomenclatureLevel level)
    {
        this.value = value;
        Level = level;
    }

    /// <summary>Gets the code text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets the level the code denotes.</summary>
    public NomenclatureLevel Level { get; }

    /// <summary>Parses a code.</summary>
    /// <param name="text">The code, e.g. <c>7.01.01.2.01.0001</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a program, kegiatan or sub-kegiatan code; the message names it.</exception>
    public static NomenclatureCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code)
            ? code
            : throw new FormatException(
                $"'{text}' is not a Permendagri 90/2019 code: expected 7.01.01 (program), 7.01.01.2.01 (kegiatan) or 7.01.01.2.01.0001 (sub-kegiatan).");
    }

    /// <summary>Tries to parse a code.</summary>
    /// <param name="text">The code.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse(string? text, out NomenclatureCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }
        string[] segments = text.Trim().Split('.');
        NomenclatureLevel level;
        switch (segments.Length)
        {
            case 3: level = NomenclatureLevel.Program; break;
            case 5: level = NomenclatureLevel.Kegiatan; break;
            case 6: level = NomenclatureLevel.SubKegiatan; break;
            default: return false;
        }
        for (int i = 0; i < segments.Length; i++)
        {
            string s = segments[i];
            if (s.Length != SegmentLengths[i])
            {
                return false;
            }
            foreach (char c in s)
            {
                bool placeholder = i < 2 && (c == 'X' || c == 'x');
                if (!char.IsAsciiDigit(c) && !placeholder)
                {
                    return false;
                }
            }
        }
        code = new NomenclatureCode(string.Join('.', segments).ToUpperInvariant(), level);
        return true;
    }

    /// <summary>Returns whether this code lies under another (a kegiatan under its program, a sub-kegiatan under its kegiatan).</summary>
    /// <param name="parent">The candidate parent code.</param>
    /// <returns><see langword="true"/> when <paramref name="parent"/> is a proper prefix of this code at a higher level.</returns>
    public bool IsUnder(NomenclatureCode parent) =>
        parent.Level < Level && Value.StartsWith(parent.Value + ".", StringComparison.Ordinal);

    /// <inheritdoc />
    public bool Equals(NomenclatureCode other) => string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NomenclatureCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(NomenclatureCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(NomenclatureCode left, NomenclatureCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(NomenclatureCode left, NomenclatureCode right) => !left.Equals(right);

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(NomenclatureCode left, NomenclatureCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(NomenclatureCode left, NomenclatureCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(NomenclatureCode left, NomenclatureCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(NomenclatureCode left, NomenclatureCode right) => left.CompareTo(right) >= 0;
}
