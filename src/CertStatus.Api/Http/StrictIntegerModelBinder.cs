using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CertStatus.Api.Http;

/// <summary>
/// Reads integer query values as decimal digits with an optional sign, nothing else. The
/// framework's default conversion also takes hexadecimal ("0x10", "#10", "&amp;h10"), so a
/// mistyped limit would be answered as if it were meant.
/// </summary>
internal sealed class StrictIntegerModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            bindingContext.Result = ModelBindingResult.Success(number);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName,
                $"'{bindingContext.ModelName}' must be a whole number written in decimal digits.");
        }

        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="StrictIntegerModelBinder"/> for every <c>int</c> and <c>int?</c> bound from the query string.</summary>
internal sealed class StrictIntegerModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(int) && context.BindingInfo.BindingSource == BindingSource.Query
            ? new StrictIntegerModelBinder()
            : null;
    }
}
