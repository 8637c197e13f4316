using System;
using System.Globalization;
using Sakip.Measurement.Utility;

namespace Sakip.Measurement.Ikm;

/// <summary>Options for <see cref="IkmCsvReader"/>.</summary>
/// <remarks>
/// <para>Every property is validated when set, also in a <c>with</c> expression.</para>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record IkmCsvOptions
{
    /// <summary>The default of <see cref="MaxErrors"/>: 1000.</summary>
    public const int DefaultMaxErrors = 1000;

    /// <summary>The default of <see cref="MaxServices"/>: 1000.</summary>
    public const int DefaultMaxServices = 1000;

    private readonly char? delimiter;
    private readonly int maxErrors = DefaultMaxErrors;
    private readonly int maxServices = DefaultMaxServices;
    private readonly EquatableArray<int> ageBands;

    /// <summary>Gets the default options: delimiter detected from the header, 1000 errors kept, at most 1000 services, ages as written.</summary>
    public static IkmCsvOptions Default { get; } = new();

    /// <summary>Gets the cell delimiter: <c>,</c>, <c>;</c> or tab.</summary>
    /// <value>
    /// <see langword="null"/> (the default) to detect it from the header line: <c>;</c> when the header
    /// has more semicolons than commas outside quotes (as spreadsheets write CSV with an Indonesian
    /// locale), otherwise <c>,</c>.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value is another character.</exception>
    public char? Delimiter
    {
        get => delimiter;
        init => delimiter = value is null or ',' or ';' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The delimiter must be ',', ';' or a tab.");
    }

    /// <summary>Gets how many row errors are kept in <see cref="IkmCsvResult.Errors"/>; all are counted in <see cref="IkmCsvResult.ErrorCount"/>.</summary>
    /// <value><see cref="DefaultMaxErrors"/> (1000) by default; 0 keeps none.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxErrors
    {
        get => maxErrors;
        init => maxErrors = Preconditions.CheckRange(value, 0, int.MaxValue);
    }

    /// <summary>
    /// Gets the most distinct services (layanan) that are tallied, each separately in
    /// <see cref="IkmCsvResult.ByLayanan"/>. Every service keeps a tally of a few kilobytes, so the
    /// limit is what keeps the reader's memory bounded when the layanan column holds free text or
    /// another column by mistake. Once this many services have been seen, a row naming a further
    /// one is left out and listed in <see cref="IkmCsvResult.Errors"/> with its line, the service's
    /// text and the limit; rows of the services already seen are still counted.
    /// </summary>
    /// <value>
    /// <see cref="DefaultMaxServices"/> (1000) by default, far above the tens of services a unit
    /// offers. Blank layanan cells count as one service, <see cref="RespondentProfile.NotFilled"/>.
    /// </value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxServices
    {
        get => maxServices;
        init => maxServices = Preconditions.CheckRange(value, 1, int.MaxValue);
    }

    /// <summary>
    /// Gets the lower bounds of the age bands that whole-number ages are counted in, e.g.
    /// <c>[20, 30, 40, 50]</c> gives the bands <c>&lt; 20</c>, <c>20–29</c>, <c>30–39</c>,
    /// <c>40–49</c> and <c>≥ 50</c>. Ages written otherwise (<c>20-29 tahun</c>) are counted as written.
    /// </summary>
    /// <value>Empty by default: every age is counted as written.</value>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not positive, or the bounds do not ascend strictly.</exception>
    public EquatableArray<int> AgeBands
    {
        get => ageBands;
        init
        {
            for (int i = 0; i < value.Count; i++)
            {
                if (value[i] <= 0 || (i > 0 && value[i] <= value[i - 1]))
                {
                    throw new ArgumentOutOfRangeException(nameof(value), value[i],
                        string.Create(CultureInfo.InvariantCulture, $"Age band bounds must be positive and strictly ascending; bound {i} is {value[i]}."));
                }
            }
            ageBands = value;
        }
    }
}
