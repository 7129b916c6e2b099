using System.Text.Json;
using FluentValidation;

namespace CertStatus.Application.Common.Validation;

/// <summary>
/// Makes validation failures name fields as they appear on the wire (<c>mentor_id</c>), not as the
/// C# members that carry them.
/// </summary>
public static class SnakeCaseNames
{
    public static void UseForValidation()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Name);
    }
}
