using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Sakip.Measurement.Utility;

/// <summary>
/// Argument guards shared by every type. Messages carry the parameter, the value and the
/// bounds so that a caller can see what was wrong without a debugger.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return argument;
    }

    internal static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }
        return argument;
    }

    internal static decimal CheckRange(decimal value, decimal minInclusive, decimal maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Format(CultureInfo.InvariantCulture, "Value should be in range [{0}-{1}].", minInclusive, maxInclusive));
        }
        return value;
    }

    internal static int CheckRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Format(CultureInfo.InvariantCulture, "Value should be in range [{0}-{1}].", minInclusive, maxInclusive));
        }
        return value;
    }

    internal static long CheckRange(long value, long minInclusive, long maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Format(CultureInfo.InvariantCulture, "Value should be in range [{0}-{1}].", minInclusive, maxInclusive));
        }
        return value;
    }

    internal static decimal CheckNonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must not be negative.");
        }
        return value;
    }

    internal static decimal CheckPositive(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value must be greater than zero.");
        }
        return value;
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Format(CultureInfo.InvariantCulture, "Value is not a defined {0}.", typeof(TEnum).Name));
        }
        return value;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgument<T>([DoesNotReturnIf(false)] bool expression, string paramName, string messageFormat, T messageArg)
    {
        if (!expression)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, messageFormat, messageArg), paramName);
        }
    }

    internal static void CheckArgument<T1, T2>([DoesNotReturnIf(false)] bool expression, string paramName, string messageFormat, T1 messageArg1, T2 messageArg2)
    {
        if (!expression)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, messageFormat, messageArg1, messageArg2), paramName);
        }
    }

    /// <summary>Checks a degree of parallelism: −1 (as many as the runtime sees fit) or at least 1.</summary>
    internal static int CheckDegreeOfParallelism(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The degree of parallelism must be −1 (all cores) or at least 1.");
        }
        return value;
    }

    /// <summary>Copies a caller's sequence into an immutable array, rejecting null elements.</summary>
    internal static System.Collections.Immutable.ImmutableArray<T> CheckElementsNotNull<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string? paramName = null)
        where T : class
    {
        if (items is null)
        {
            throw new ArgumentNullException(paramName);
        }
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<T>();
        int index = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Element {0} is null.", index), paramName);
            }
            builder.Add(item);
            index++;
        }
        return builder.ToImmutable();
    }
}
