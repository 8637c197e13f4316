using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Sakip.Measurement.Model;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Serialization;

/// <summary>Limits and choices for reading a report file.</summary>
/// <remarks><threadsafety>This type is immutable and thread-safe.</threadsafety></remarks>
public sealed record LkipJsonOptions
{
    private readonly int maxDepth = 32;
    private readonly long maxBytes = 16L * 1024 * 1024;

    /// <summary>Gets the default options: at most 32 levels deep and 16 MiB, the year as the file names it.</summary>
    public static LkipJsonOptions Default { get; } = new();

    /// <summary>Gets how deeply the JSON may nest (1–64; default 32, twice what the format needs for a sub-kegiatan's output indicator).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–64.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = Preconditions.CheckRange(value, 1, 64);
    }

    /// <summary>Gets the largest file read, in bytes (default 16 MiB; the largest seed report is about 100 KiB).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or exceeds <see cref="int.MaxValue"/>.</exception>
    public long MaxBytes
    {
        get => maxBytes;
        init => maxBytes = Preconditions.CheckRange(value, 1L, int.MaxValue);
    }

    /// <summary>Gets the year to read the report for, overriding the file's <c>year</c>; <see langword="null"/> to use the file's.</summary>
    public FiscalYear? Year { get; init; }
}

/// <summary>
/// Reads and writes a whole <see cref="Lkip"/> as a report file: JSON whose values are text
/// exactly as the report prints them (<c>"85,23%"</c>, <c>"2.563.565.638"</c>), with the policies
/// named, every printed figure with its location, and a <c>formatVersion</c> (docs/report-format.md).
/// </summary>
/// <remarks>
/// <para>Serialization goes through source-generated metadata only (trim- and AOT-safe). Reading is
/// strict: unknown and duplicate properties, comments, nesting beyond <see cref="LkipJsonOptions.MaxDepth"/>
/// and files beyond <see cref="LkipJsonOptions.MaxBytes"/> are errors. A file that is not in the
/// format gives <see cref="LkipFormatException"/> (JSON path, line, column, and what was expected);
/// a file in the format whose content is invalid gives <see cref="SakipDataException"/> naming the
/// field, e.g. <c>renstra[0].tujuan[T2].sasaran[S3].indikator[IKU-3].years[2023].realisasi</c>.
/// Content errors of the report itself (a wrong capaian, a total that does not add up) load: they
/// are what the review finds.</para>
/// <para>Files without <c>formatVersion</c> are version 1 (indicators and their printed capaian
/// and predikat only) and keep loading. <see cref="Write(Lkip, Stream)"/> writes the current
/// version; reading what it wrote gives a report equal to the one written.</para>
/// </remarks>
public static class LkipJson
{
    /// <summary>The format version this library writes (it reads 1 to this).</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>Reads a report file from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="options">Limits and the year, or <see langword="null"/> for <see cref="LkipJsonOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="LkipFormatException">The bytes are not a report file.</exception>
    /// <exception cref="SakipDataException">A field's content is invalid.</exception>
    public static Lkip Read(ReadOnlySpan<byte> utf8Json, LkipJsonOptions? options)
    {
        options ??= LkipJsonOptions.Default;
        utf8Json = JsonInput.Prepare(utf8Json, options);
        LkipDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, LkipJsonContext.Default.LkipDocument);
        }
        catch (JsonException e)
        {
            throw JsonErrors.ToFormatException(e);
        }
        return LkipReader.Read(document ?? throw new LkipFormatException("$", 1, 1, "the file holds null, not a report"), options.Year);
    }

    /// <summary>Reads a report file from UTF-8 bytes with the default options.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The report.</returns>
    /// <exception cref="LkipFormatException">The bytes are not a report file.</exception>
    /// <exception cref="SakipDataException">A field's content is invalid.</exception>
    public static Lkip Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a report file from a stream with the default options.</summary>
    /// <param name="utf8Json">The stream, positioned at the file's start.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LkipFormatException">The stream is not a report file, or is larger than allowed.</exception>
    /// <exception cref="SakipDataException">A field's content is invalid.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Lkip Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a report file from a stream, reading at most <see cref="LkipJsonOptions.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream, positioned at the file's start.</param>
    /// <param name="options">Limits and the year, or <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="LkipFormatException">The stream is not a report file, or is larger than allowed.</exception>
    /// <exception cref="SakipDataException">A field's content is invalid.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Lkip Read(Stream utf8Json, LkipJsonOptions? options)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= LkipJsonOptions.Default;
        using var buffer = JsonInput.ReadBounded(utf8Json, options);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    /// <summary>Reads a report file from text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits and the year, or <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="LkipFormatException">The text is not a report file.</exception>
    /// <exception cref="SakipDataException">A field's content is invalid.</exception>
    public static Lkip Parse(string json, LkipJsonOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)), options);

    /// <summary>Writes a report as a report file of the current version, indented, UTF-8.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report uses a policy, scale or questionnaire the format has no name for
    /// (a report's own printed scale, a custom efficiency band), or IKM respondent statistics.</exception>
    public static void Write(Lkip report, Stream utf8Json)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(report), LkipJsonContext.Default.LkipDocument);
    }

    /// <summary>Writes a report as the text of a report file of the current version, indented.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report uses a policy, scale or questionnaire the format has no name for.</exception>
    public static string Format(Lkip report) =>
        JsonSerializer.Serialize(ToDocument(Preconditions.CheckNotNull(report)), LkipJsonContext.Default.LkipDocument);

    private static LkipDocument ToDocument(Lkip report)
    {
        try
        {
            return LkipWriter.Write(report);
        }
        catch (UnwritableReportException e)
        {
            throw new ArgumentException(e.Message, nameof(report), e);
        }
    }

}
