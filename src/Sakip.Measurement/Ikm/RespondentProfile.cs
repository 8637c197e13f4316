using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Sakip.Measurement.Ikm;

/// <summary>A respondent characteristic that survey reports break the respondents down by (karakteristik responden).</summary>
public enum RespondentCharacteristic
{
    /// <summary>The service used (layanan).</summary>
    Layanan = 0,

    /// <summary>Gender (jenis kelamin).</summary>
    Gender = 1,

    /// <summary>Age or age band (umur, usia).</summary>
    Age = 2,

    /// <summary>Education (pendidikan).</summary>
    Education = 3,

    /// <summary>Occupation (pekerjaan).</summary>
    Occupation = 4,
}

/// <summary>One line of a respondent profile table: a value, how many respondents gave it, and their share.</summary>
/// <param name="Value">The value as first written in the data (e.g. <c>Laki-laki</c>), or <see cref="RespondentProfile.NotFilled"/> for blank cells.</param>
/// <param name="Count">The number of respondents with this value.</param>
/// <param name="Percent">The share of the characteristic's respondents, in percent (0–100), unrounded.</param>
public sealed record RespondentProfileEntry(string Value, long Count, decimal Percent);

/// <summary>
/// The respondent profile (karakteristik responden) of a survey, as reports print it: per characteristic
/// (layanan, gender, age band, education, occupation) an ordered list of value, count and percent.
/// </summary>
/// <remarks>
/// <para>Values appear in the order first seen in the data. Values that differ only in letter case
/// or surrounding white space are one value, spelled as first seen. Blank cells are counted as
/// <see cref="NotFilled"/>, so every characteristic read from the data sums to <see cref="Respondents"/>
/// and its percentages to 100 (up to the last of 28 digits). A characteristic the data has no column for
/// has no entries.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record RespondentProfile
{
    /// <summary>The value under which blank cells are counted: <c>(tidak diisi)</c>.</summary>
    public const string NotFilled = "(tidak diisi)";

    internal RespondentProfile(long respondents, EquatableArray<RespondentProfileEntry> layanan, EquatableArray<RespondentProfileEntry> gender,
        EquatableArray<RespondentProfileEntry> age, EquatableArray<RespondentProfileEntry> education, EquatableArray<RespondentProfileEntry> occupation)
    {
        Respondents = respondents;
        Layanan = layanan;
        Gender = gender;
        Age = age;
        Education = education;
        Occupation = occupation;
    }

    /// <summary>Gets the number of respondents profiled (the denominator of every percentage).</summary>
    public long Respondents { get; }

    /// <summary>Gets the respondents by service (layanan).</summary>
    public EquatableArray<RespondentProfileEntry> Layanan { get; }

    /// <summary>Gets the respondents by gender (jenis kelamin).</summary>
    public EquatableArray<RespondentProfileEntry> Gender { get; }

    /// <summary>Gets the respondents by age band (umur), as written or as banded by <see cref="IkmCsvOptions.AgeBands"/>.</summary>
    public EquatableArray<RespondentProfileEntry> Age { get; }

    /// <summary>Gets the respondents by education (pendidikan).</summary>
    public EquatableArray<RespondentProfileEntry> Education { get; }

    /// <summary>Gets the respondents by occupation (pekerjaan).</summary>
    public EquatableArray<RespondentProfileEntry> Occupation { get; }

    /// <summary>Returns the entries of one characteristic.</summary>
    /// <param name="characteristic">The characteristic.</param>
    /// <returns>The entries, in first-seen order; empty when the data had no column for the characteristic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="characteristic"/> is undefined.</exception>
    public EquatableArray<RespondentProfileEntry> Of(RespondentCharacteristic characteristic) => characteristic switch
    {
        RespondentCharacteristic.Layanan => Layanan,
        RespondentCharacteristic.Gender => Gender,
        RespondentCharacteristic.Age => Age,
        RespondentCharacteristic.Education => Education,
        RespondentCharacteristic.Occupation => Occupation,
        _ => throw new ArgumentOutOfRangeException(nameof(characteristic), characteristic, "Undefined respondent characteristic."),
    };
}

/// <summary>
/// Counts the respondent characteristics of accepted rows. Per row the caller clears, sets the values
/// it read (copied into reusable buffers) and then adds the row once it is known to be valid.
/// </summary>
internal sealed class RespondentProfileBuilder
{
    internal const int CharacteristicCount = 5;

    private readonly ValueCounter?[] counters = new ValueCounter?[CharacteristicCount];
    private readonly char[][] rowValues = new char[CharacteristicCount][];
    private readonly int[] rowLengths = new int[CharacteristicCount];
    private readonly ImmutableArray<int> ageBounds;
    private readonly string[] ageLabels;
    private readonly int[] ageIndexes;

    internal RespondentProfileBuilder(EquatableArray<int> ageBands)
    {
        ageBounds = ageBands.AsImmutableArray();
        ageLabels = new string[ageBounds.Length + 1];
        ageIndexes = new int[ageLabels.Length];
        if (!ageBounds.IsEmpty)
        {
            ageLabels[0] = string.Create(CultureInfo.InvariantCulture, $"< {ageBounds[0]}");
            for (int i = 1; i < ageBounds.Length; i++)
            {
                ageLabels[i] = string.Create(CultureInfo.InvariantCulture, $"{ageBounds[i - 1]}–{ageBounds[i] - 1}");
            }
            ageLabels[ageBounds.Length] = string.Create(CultureInfo.InvariantCulture, $"≥ {ageBounds[^1]}");
        }
    }

    internal bool Tracks(RespondentCharacteristic characteristic) => counters[(int)characteristic] is not null;

    internal void Track(RespondentCharacteristic characteristic)
    {
        counters[(int)characteristic] = new ValueCounter();
        rowValues[(int)characteristic] = new char[CsvTokenizer.MaxCellLength];
    }

    internal void ClearRow() => Array.Clear(rowLengths);

    /// <summary>Keeps one cell of the current row (at most <see cref="CsvTokenizer.MaxCellLength"/> characters).</summary>
    internal void SetRowValue(RespondentCharacteristic characteristic, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        value.CopyTo(rowValues[(int)characteristic]);
        rowLengths[(int)characteristic] = value.Length;
    }

    /// <summary>Counts the current row; returns the index of its layanan (0 when there is no layanan column).</summary>
    internal int AddRow()
    {
        int layanan = 0;
        for (int a = 0; a < CharacteristicCount; a++)
        {
            var counter = counters[a];
            if (counter is null)
            {
                continue;
            }
            var value = rowValues[a].AsSpan(0, rowLengths[a]);
            if (a == (int)RespondentCharacteristic.Age && !ageBounds.IsEmpty && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int age))
            {
                AddAge(counter, AgeBand(age));
                continue;
            }
            int index = counter.Add(value);
            if (a == (int)RespondentCharacteristic.Layanan)
            {
                layanan = index;
            }
        }
        return layanan;
    }

    /// <summary>Gets the current row's layanan as kept by <see cref="SetRowValue"/> (empty when blank).</summary>
    internal ReadOnlySpan<char> RowLayanan =>
        rowValues[(int)RespondentCharacteristic.Layanan].AsSpan(0, rowLengths[(int)RespondentCharacteristic.Layanan]);

    /// <summary>Whether the current row names a layanan no counted row has named (a blank one counts as <see cref="RespondentProfile.NotFilled"/>).</summary>
    internal bool RowHasNewLayanan() => !counters[(int)RespondentCharacteristic.Layanan]!.Contains(RowLayanan);

    internal string LayananAt(int index) => counters[(int)RespondentCharacteristic.Layanan]!.ValueAt(index);

    internal RespondentProfile Build(long respondents) => new(
        respondents,
        Entries(RespondentCharacteristic.Layanan, respondents),
        Entries(RespondentCharacteristic.Gender, respondents),
        Entries(RespondentCharacteristic.Age, respondents),
        Entries(RespondentCharacteristic.Education, respondents),
        Entries(RespondentCharacteristic.Occupation, respondents));

    // Per age band, one more than the counter's index of its label once a row has fallen in it (0
    // before), so that a row's age is counted without looking its label up again.
    private void AddAge(ValueCounter counter, int band)
    {
        int seen = ageIndexes[band];
        if (seen == 0)
        {
            ageIndexes[band] = counter.Add(ageLabels[band]) + 1;
            return;
        }
        counter.Increment(seen - 1);
    }

    private int AgeBand(int age)
    {
        int band = 0;
        while (band < ageBounds.Length && age >= ageBounds[band])
        {
            band++;
        }
        return band;
    }

    private EquatableArray<RespondentProfileEntry> Entries(RespondentCharacteristic characteristic, long respondents) =>
        counters[(int)characteristic]?.ToEntries(respondents) ?? EquatableArray<RespondentProfileEntry>.Empty;

    /// <summary>Counts distinct values (case-insensitive, first spelling kept) in first-seen order.</summary>
    private sealed class ValueCounter
    {
        private readonly Dictionary<string, int> indexByValue = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> values = [];
        private readonly List<long> counts = [];
#if NET9_0_OR_GREATER
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> indexBySpan;

        internal ValueCounter() => indexBySpan = indexByValue.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

        // Up to this many distinct values are found by comparing with each (most survey columns hold
        // a handful: two genders, a few services), which is cheaper than hashing the cell's text.
        private const int ScanLimit = 8;

        internal int Add(ReadOnlySpan<char> value)
        {
            if (value.IsEmpty)
            {
                value = RespondentProfile.NotFilled;
            }
            if (values.Count <= ScanLimit)
            {
                for (int i = 0; i < values.Count; i++)
                {
                    if (value.Equals(values[i], StringComparison.OrdinalIgnoreCase))
                    {
                        counts[i]++;
                        return i;
                    }
                }
            }
#if NET9_0_OR_GREATER
            if (!indexBySpan.TryGetValue(value, out int index))
            {
                index = AddNew(value.ToString());
            }
#else
            string text = value.ToString();
            if (!indexByValue.TryGetValue(text, out int index))
            {
                index = AddNew(text);
            }
#endif
            counts[index]++;
            return index;
        }

        internal bool Contains(ReadOnlySpan<char> value)
        {
            if (value.IsEmpty)
            {
                value = RespondentProfile.NotFilled;
            }
#if NET9_0_OR_GREATER
            return indexBySpan.ContainsKey(value);
#else
            return indexByValue.ContainsKey(value.ToString());
#endif
        }

        internal void Increment(int index) => counts[index]++;

        internal string ValueAt(int index) => values[index];

        internal EquatableArray<RespondentProfileEntry> ToEntries(long respondents)
        {
            var entries = ImmutableArray.CreateBuilder<RespondentProfileEntry>(values.Count);
            for (int i = 0; i < values.Count; i++)
            {
                entries.Add(new RespondentProfileEntry(values[i], counts[i], counts[i] * 100m / respondents));
            }
            return new EquatableArray<RespondentProfileEntry>(entries.MoveToImmutable());
        }

        private int AddNew(string value)
        {
            int index = values.Count;
            indexByValue.Add(value, index);
            values.Add(value);
            counts.Add(0);
            return index;
        }
    }
}
