using System;
using System.Globalization;

namespace Sakip.Measurement.Ikm;

/// <summary>A problem found in survey CSV: where it is, the cell's text and what is wrong.</summary>
/// <param name="Line">The 1-based line of the input on which the row (or the header) starts.</param>
/// <param name="Column">The column's header as written, or <c>(column n)</c> for a cell without one.</param>
/// <param name="Text">The cell's text (unquoted; at most 1024 characters).</param>
/// <param name="Message">What is wrong.</param>
public sealed record SurveyRowError(long Line, string Column, string Text, string Message)
{
    /// <summary>Returns e.g. <c>line 12, column U3: the answer must be 1–4 (text: '5')</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Message} (text: '{Text}')");
}

/// <summary>The answer counts of one service (layanan).</summary>
/// <param name="Layanan">The service as first written in the data, or <see cref="RespondentProfile.NotFilled"/> for rows without one.</param>
/// <param name="Counts">The service's answer counts.</param>
public sealed record IkmLayananCounts(string Layanan, IkmCounts Counts);

/// <summary>
/// What <see cref="IkmCsvReader"/> read from survey CSV: answer counts per service (layanan) and
/// combined, row counts, the rows' errors, header warnings and the respondent profile.
/// </summary>
/// <remarks>
/// <para>Only accepted rows are counted in the tallies and the profile. Rows with a bad cell, and
/// rows of a service beyond <see cref="IkmCsvOptions.MaxServices"/>, are left out whole and listed
/// in <see cref="Errors"/>.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record IkmCsvResult
{
    internal IkmCsvResult(IkmDefinition definition, char delimiter, EquatableArray<IkmLayananCounts> byLayanan, IkmCounts combined,
        long rowsRead, long rowsAccepted, EquatableArray<SurveyRowError> errors, long errorCount,
        EquatableArray<SurveyRowError> headerWarnings, RespondentProfile profile)
    {
        Definition = definition;
        Delimiter = delimiter;
        ByLayanan = byLayanan;
        Combined = combined;
        RowsRead = rowsRead;
        RowsAccepted = rowsAccepted;
        Errors = errors;
        ErrorCount = errorCount;
        HeaderWarnings = headerWarnings;
        Profile = profile;
    }

    /// <summary>Gets the questionnaire the answers belong to.</summary>
    public IkmDefinition Definition { get; }

    /// <summary>Gets the delimiter used (given or detected).</summary>
    public char Delimiter { get; }

    /// <summary>
    /// Gets the answer counts of each service (layanan), in first-seen order, at most
    /// <see cref="IkmCsvOptions.MaxServices"/> of them; empty when the input has no layanan column. Compute each with <see cref="IkmCalculator.Calculate"/> and combine the results
    /// with <see cref="IkmCalculator.Combine"/> for the respondent-weighted unit IKM.
    /// </summary>
    public EquatableArray<IkmLayananCounts> ByLayanan { get; }

    /// <summary>
    /// Gets the answer counts of every accepted row taken as one survey. When some questions are left
    /// unanswered its IKM can differ slightly from the respondent-weighted combination of the services.
    /// </summary>
    public IkmCounts Combined { get; }

    /// <summary>Gets the number of data rows read (blank lines and rows of blank cells are skipped and not counted).</summary>
    public long RowsRead { get; }

    /// <summary>Gets the number of rows counted (the respondents of <see cref="Combined"/>).</summary>
    public long RowsAccepted { get; }

    /// <summary>Gets the number of rows left out because of an error.</summary>
    public long RowsRejected => RowsRead - RowsAccepted;

    /// <summary>
    /// Gets the errors that made rows be left out, in input order: every bad cell of a rejected row,
    /// and the layanan cell of each row whose service is beyond <see cref="IkmCsvOptions.MaxServices"/>;
    /// up to <see cref="IkmCsvOptions.MaxErrors"/>.
    /// </summary>
    public EquatableArray<SurveyRowError> Errors { get; }

    /// <summary>Gets the number of errors found, including those beyond <see cref="IkmCsvOptions.MaxErrors"/>.</summary>
    public long ErrorCount { get; }

    /// <summary>Gets the header's columns that were ignored (unknown, blank or repeated), once each, in header order.</summary>
    public EquatableArray<SurveyRowError> HeaderWarnings { get; }

    /// <summary>Gets the profile of the accepted respondents.</summary>
    public RespondentProfile Profile { get; }

    /// <summary>Returns the answer counts of one service.</summary>
    /// <param name="layanan">The service, matched case-insensitively, ignoring surrounding white space.</param>
    /// <returns>The counts, or <see langword="null"/> when no accepted row names the service.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layanan"/> is null.</exception>
    public IkmCounts? CountsOf(string layanan)
    {
        ArgumentNullException.ThrowIfNull(layanan);
        var key = layanan.AsSpan().Trim();
        foreach (var part in ByLayanan)
        {
            if (key.Equals(part.Layanan, StringComparison.OrdinalIgnoreCase))
            {
                return part.Counts;
            }
        }
        return null;
    }
}
