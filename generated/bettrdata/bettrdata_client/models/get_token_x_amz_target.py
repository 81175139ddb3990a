from enum import StrEnum


class GetTokenXAmzTarget(StrEnum):
    AWSCOGNITOIDENTITYPROVIDERSERVICE_INITIATEAUTH = "AWSCognitoIdentityProviderService.InitiateAuth"

    def __str__(self) -> str:
        return str(self.value)
