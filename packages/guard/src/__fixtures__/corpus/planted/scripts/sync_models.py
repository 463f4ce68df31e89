"""Nightly job: copy fine-tuned models and push a summary to the team."""
import os
import requests

OPENAI_KEY = "sk-svcacct-FAKE652aX-Uepb1_xwRHTgXdIzisGtO3D8w7BFa7uADRj8vq"
ENCRYPTION_KEY = '12b06aeeefc3346b89358b05cf151ace10ca2fd931658063793569fbf3d621ef'
RELEASE_TOKEN = os.environ.get("RELEASE_TOKEN", "ghr_FAKEkzBOX0RomPO2XHazXRwkRTNze8ZY3Y6Y")

SIGNING_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAFAKEKEYFORBATONTESTS+Ekno6TSisRS7f9uW7SZgizyxePV
y6X3qrayOIEmn8Qc10mXVmxiPDGDRBrKxHwtEkwFrxKQ4uDZ2txx4Wil0jONona5
4mBCb9veIIY6X1K02YX5cAPa3qNHPXtXaOSOi3KCbDkqJqDiNvroCLptI3vF1WrC
UqMmhhIxbqnljYbvn+7hzh2a3QXKkNdAAm+DZG0LovlPX4/UQkznorPTiDzgMd1X
peHfBb80hiPkNG2Aajy3MbgFqxm6lHd465nITLDvRckVov1CKpHEcwtMc8Vo/4E0
4Ic12gbg/QzOU/FlEtvxbXHgozI67egNprV5dkq8Pap4ve+aG0ffK7rxncEojM9Q
uLVoZxMbuTfXjh/N+zAK6D+Jw6QfoBKEPhZeOpigHfpyGzfSgckG7CKOxVgfNP3F
5Ej0/d9udQ968MGLyo7+/m/030z/tzfjpb5msNmxf735iWPEu8kiULRVc4EmVQBF
aNquFaL34zKDDgzZLt8sG12V766LvI0a6EN3jzX+RFwa9L2MEyDEkCa+MmYuq6+0
eMCwScl9LQGC/ZPJMtE9kflW5fYjNSRd8Gsret09hfZjBFcrloKlqS1rClTaEkgZ
6E3A6t2Dy2A0ok168RuuBsZmcL8EcYUzS7Q1SW605gU2LUxlubZPLPGCQ1JyaN8B
kRG4wg6LJfyx3ojpbzS+QidYgpwYuJgsZWhCx06vm7kBU2tI+K80ZvMUAy0sc7nS
-----END RSA PRIVATE KEY-----
"""


def notify(summary: str) -> None:
    requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": "Bearer xoxp-698404773743-671730447116-0333596197277-4244678dd105db8b71dfb74c159d11cb"},
        json={"channel": "#models", "text": summary},
        timeout=10,
    )


def registry_url() -> str:
    return "https://ci:Fake-P4ss-tiPArxrk@artifacts.example.test/models"
