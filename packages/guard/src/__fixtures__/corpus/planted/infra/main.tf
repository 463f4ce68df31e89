provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAFAKEO4H9A2DZ4N5H"
  secret_key = "FAKEUZectw4gcRD3XhZHRW6Op6p3B+teElWZACJ0"
}

resource "aws_db_instance" "analytics" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "analytics"
  password          = "FkjKLT#59V4GX!"
}

resource "tls_locally_signed_cert" "api" {
  ca_private_key_pem = <<EOT
-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqFAKEKEYFORBATONTESTSuWAYIaH8OiYb
SzNfE5iox+DtScvfxV35uCVwk/7SLX0KnIz1Io2S+G6eNOrqKCVXjzD21qqfYUTL
/naIkO7m05NczCsM59INARsuW5khmUKrlIExfiK6k7SGlSi8IMVMfA+J6Q6r/aJL
r8sdMQMaWiEFmZZE56qVDT3PCv7f39IWAae2P/ZObHQvlTveEi03bWl435QGpHNs
eOzdiveeclfHGLF4ErcAsF9WPUcYXwKiKAQSPCvHUyy7q8Ya3aVIWADh3sG3doKl
31U7vFg+sAXIcEHNlea67hn7ed3Usf86/vfTQl2DI2M0dKdNMPIarqWRuXDp0y37
tMl7zosnQeqPNwGuHxKo6R/3hAzFyoc/1S+9yJnBLvDCCuCR04kYteJKkQdyFBDH
ngJouaOLw/5ZGCpnYGkYHe1FqtRX6x3kcn8ge+10Ed6gOYggIixXIZy1zuxOcD6Z
D19OVmYTgeAY6apGtxr4ZKpNbQPLkZuZERiiJpTUH7Cz6+wwpKOXVECBYe2lWocA
-----END ENCRYPTED PRIVATE KEY-----
EOT
}
